package io.portico.ui.config;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.portal.RequestPortalPasswordResetService;
import io.portico.application.portal.ResetPortalPasswordService;
import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** B11: forgotten portal passwords, each use case given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class PortalPasswordResetConfiguration {

    @Bean
    RequestPortalPasswordResetService requestPortalPasswordReset(PortalUserPort users, PortalPasswordResetPort resets, MailQueue mail,
                                                                 Links links, FirmQuery firm, Transactions transactions, Clock clock) {
        return new RequestPortalPasswordResetService(users, resets, mail, links, firm, transactions, clock);
    }

    @Bean
    ResetPortalPasswordService resetPortalPassword(PortalUserPort users, PortalPasswordResetPort resets, PasswordHasher hasher,
                                                   Transactions transactions, Clock clock) {
        return new ResetPortalPasswordService(users, resets, hasher, transactions, clock);
    }
}
