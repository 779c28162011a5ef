package io.portico.ui.config;

import io.portico.application.job.port.in.RunJobsUseCase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every node looks for a runnable job every few seconds; leases keep each job on one node at a time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portico.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobWorkSchedule {

    private final RunJobsUseCase worker;

    JobWorkSchedule(RunJobsUseCase worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${portico.jobs.interval:2s}")
    void work() {
        while (worker.runNext()) {
            // another job may be waiting
        }
    }
}
