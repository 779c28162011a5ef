package io.portico.ui.config;

import io.portico.application.housekeeping.PurgeDeadLinksService;
import io.portico.application.housekeeping.port.in.PurgeDeadLinksUseCase;
import io.portico.application.link.port.out.MailedLinkPort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Once an hour, on every node, the links that no longer work are removed (deleting twice is harmless). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HousekeepingConfiguration {

    @Bean
    PurgeDeadLinksService purgeDeadLinks(MailedLinkPort links, Clock clock) {
        return new PurgeDeadLinksService(links, clock);
    }

    @Bean
    DeadLinksSchedule deadLinksSchedule(PurgeDeadLinksUseCase purge) {
        return new DeadLinksSchedule(purge);
    }

    record DeadLinksSchedule(PurgeDeadLinksUseCase purge) {

        @Scheduled(fixedDelayString = "${portico.housekeeping.interval:1h}", initialDelayString = "${portico.housekeeping.interval:1h}")
        void purgeDeadLinks() {
            purge.purge();
        }
    }
}
