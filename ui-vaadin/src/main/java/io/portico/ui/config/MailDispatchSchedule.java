package io.portico.ui.config;

import io.portico.application.mail.port.in.DispatchMailUseCase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Empties the outbox every few seconds on every node; the outbox's row locks keep each mail single. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portico.mail.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class MailDispatchSchedule {

    private final DispatchMailUseCase dispatcher;

    MailDispatchSchedule(DispatchMailUseCase dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${portico.mail.dispatch.interval:2s}")
    void dispatch() {
        while (dispatcher.dispatchDue() > 0) {
            // keep going while there is a backlog
        }
    }
}
