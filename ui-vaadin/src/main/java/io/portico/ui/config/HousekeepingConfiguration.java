package io.portico.ui.config;

import io.portico.application.housekeeping.PurgeDeadLinksService;
import io.portico.application.housekeeping.port.in.PurgeDeadLinksUseCase;
import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.staff.port.out.PasswordResetTicketPort;
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
    PurgeDeadLinksService purgeDeadLinks(PendingSignupPort signups, PortalPasswordResetPort portalResets,
                                         PasswordResetTicketPort staffResets, Clock clock) {
        return new PurgeDeadLinksService(signups, portalResets, staffResets, clock);
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
