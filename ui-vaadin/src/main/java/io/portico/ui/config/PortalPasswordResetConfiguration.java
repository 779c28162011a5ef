package io.portico.ui.config;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.PortalLinkMails;
import io.portico.application.portal.RequestPortalPasswordResetService;
import io.portico.application.portal.ResetPortalPasswordService;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.PasswordResetLinks;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** B11: forgotten portal passwords, each use case given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class PortalPasswordResetConfiguration {

    @Bean
    RequestPortalPasswordResetService requestPortalPasswordReset(PortalUserPort users, MailedLinkPort links, PortalLinkMails mails,
                                                                 Transactions transactions, Clock clock) {
        return new RequestPortalPasswordResetService(users, links, mails, transactions, clock);
    }

    @Bean
    ResetPortalPasswordService resetPortalPassword(PortalUserPort users, PasswordResetLinks links, CredentialEpochPort epochs) {
        return new ResetPortalPasswordService(users, links, epochs);
    }
}
