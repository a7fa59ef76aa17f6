package dev.traverse.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application under test: its packaged jar started as a separate JVM against the fresh database, on 127.0.0.1,
 * with secrets made for this run only, and stopped (gracefully, then forcibly) at the end.
 */
final class AppProcess implements AutoCloseable {

    static final String USER = "bench-admin";

    private final Settings settings;
    private final Database database;
    private final Path log;
    private final Path profile;
    private final String jwtSecret = secret();
    private Process process;

    AppProcess(Settings settings, Database database, Path resultsDirectory) {
        this.settings = settings;
        this.database = database;
        this.log = resultsDirectory.resolve(database.name() + "-app.log");
        this.profile = resultsDirectory.resolve(database.name() + ".jfr");
    }

    String jwtSecret() {
        return jwtSecret;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    Path log() {
        return log;
    }

    /** Starts the application and waits until it reports itself ready. */
    void start(Api api, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.words(Setting.APP_JVM));
        if (settings.flag(Setting.PROFILE)) {
            command.add("-XX:StartFlightRecording=filename=" + profile + ",settings=profile,dumponexit=true");
        }
        command.add("-jar");
        command.add(settings.text(Setting.APP_JAR));
        command.add("--spring.datasource.url=" + database.url());
        command.add("--spring.datasource.username=" + database.user());
        command.add("--spring.datasource.password=" + database.password());
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=" + settings.integer(Setting.APP_PORT));
        command.add("--traverse.security.jwt.hs256-secret=" + jwtSecret);
        command.add("--traverse.api-keys.pepper=" + secret());
        command.add("--traverse.secrets.master-keys.bench=" + secret());
        command.add("--traverse.secrets.active-master-key=bench");
        command.add("--traverse.access.operators=" + USER);
        command.addAll(settings.words(Setting.APP_ARGS));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (api.status("/actuator/health/readiness") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the application was not ready in " + timeout + "; see " + log);
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    File profileFile() {
        return profile.toFile();
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
