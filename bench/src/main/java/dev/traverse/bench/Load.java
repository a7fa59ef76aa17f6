package dev.traverse.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Drives load with a fixed number of client threads, each sending its next request when the previous one answered
 * (closed loop), or at a fixed overall rate (open loop: latency counts from when a request was due, so a stalled
 * server is not hidden by clients that stopped sending). Bounded by time and by a request count.
 */
final class Load {

    private Load() {}

    /** One client's requests. */
    interface Client {
        /** Work before the next request that is not part of it (starting a new run); not timed as latency. */
        default void prepare() throws Exception {}

        /**
         * Sends one request.
         *
         * @return the number of records it carried (1 for a single event), or a negative number when it failed
         */
        int send() throws Exception;
    }

    static Result closed(String name, int clients, Duration duration, long maxRequests, IntFunction<Client> factory)
            throws InterruptedException {
        return run(name, clients, duration, maxRequests, factory, 0);
    }

    /** {@code rate} requests per second in total, spread over up to {@code clients} threads. */
    static Result fixedRate(
            String name, int clients, double rate, Duration duration, long maxRequests, IntFunction<Client> factory)
            throws InterruptedException {
        return run(name, clients, duration, maxRequests, factory, rate);
    }

    private static Result run(
            String name, int clients, Duration duration, long maxRequests, IntFunction<Client> factory, double rate)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        List<Worker> workers = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            Worker worker = new Worker(factory.apply(i), issued, maxRequests, start, end, rate, firstFailure);
            worker.thread = new Thread(worker, name + "-" + i);
            workers.add(worker);
        }
        workers.forEach(w -> w.thread.start());
        for (Worker worker : workers) {
            worker.thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram latency = new Histogram(3);
        long ok = 0;
        long failed = 0;
        long records = 0;
        for (Worker worker : workers) {
            latency.add(worker.latency);
            ok += worker.ok;
            failed += worker.failed;
            records += worker.records;
        }
        return new Result(name, clients, seconds, ok, failed, records, latency, firstFailure.get());
    }

    private static final class Worker implements Runnable {
        private final Client client;
        private final AtomicLong issued;
        private final long maxRequests;
        private final long start;
        private final long end;
        private final double rate;
        private final AtomicReference<Throwable> firstFailure;
        private final Histogram latency = new Histogram(3);
        private Thread thread;
        private long ok;
        private long failed;
        private long records;

        Worker(
                Client client,
                AtomicLong issued,
                long maxRequests,
                long start,
                long end,
                double rate,
                AtomicReference<Throwable> firstFailure) {
            this.client = client;
            this.issued = issued;
            this.maxRequests = maxRequests;
            this.start = start;
            this.end = end;
            this.rate = rate;
            this.firstFailure = firstFailure;
        }

        @Override
        public void run() {
            while (true) {
                long n = issued.getAndIncrement();
                if (n >= maxRequests) {
                    return;
                }
                try {
                    client.prepare();
                } catch (Exception e) {
                    firstFailure.compareAndSet(null, e);
                    failed++;
                    continue;
                }
                long due = System.nanoTime();
                if (rate > 0) {
                    due = start + (long) (n * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                if (due >= end || System.nanoTime() >= end) {
                    return;
                }
                int carried;
                try {
                    carried = client.send();
                } catch (Exception e) {
                    firstFailure.compareAndSet(null, e);
                    carried = -1;
                }
                long took = System.nanoTime() - due;
                if (carried < 0) {
                    failed++;
                } else {
                    ok++;
                    records += carried;
                    latency.recordValue(Math.max(1, took / 1_000));
                }
            }
        }
    }

    /** What one load level measured; latencies in microseconds. */
    record Result(
            String name,
            int clients,
            double seconds,
            long ok,
            long failed,
            long records,
            Histogram latency,
            Throwable firstFailure) {

        double requestsPerSecond() {
            return ok / seconds;
        }

        double recordsPerSecond() {
            return records / seconds;
        }

        double percentileMillis(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return latency.getMaxValue() / 1000.0;
        }

        String summary() {
            return "%s: %d clients, %.0f req/s, %.0f records/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed%s"
                    .formatted(
                            name,
                            clients,
                            requestsPerSecond(),
                            recordsPerSecond(),
                            percentileMillis(50),
                            percentileMillis(99),
                            maxMillis(),
                            failed,
                            firstFailure == null ? "" : " (first: " + firstFailure + ")");
        }
    }
}
