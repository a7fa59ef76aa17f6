package dev.traverse.app.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The db-scheduler that Axon's auto-configuration turns into a {@code DbSchedulerDeadlineManager}. It schedules
 * through the request's own transaction (so a rolled-back command schedules nothing) and starts once the application
 * is up.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    Scheduler deadlineScheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            @Value("${traverse.deadlines.poll-interval:1s}") Duration pollInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("es.scheduled_tasks")
                .threads(2)
                .pollingInterval(pollInterval)
                .registerShutdownHook()
                .build();
    }

    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
