package io.portico.ui.config;

import io.portico.application.access.AccessReactions;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.Invitations;
import io.portico.application.portal.LoginActivityService;
import io.portico.application.portal.LoginStatusService;
import io.portico.application.portal.PendingActivationService;
import io.portico.application.portal.port.out.LoginActivityPort;
import io.portico.application.portal.port.out.PendingActivationPort;
import io.portico.application.account.Viewers;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff side of portal access: each address's state (B4), Pending activation and Resend invitation (B3),
 * the Overview's login activity (F3).
 */
@Configuration(proxyBeanMethods = false)
class StaffPortalConfiguration {

    @Bean
    LoginStatusService loginStatuses(Viewers viewers, Invitations invitations, MailedLinkPort links, Clock clock) {
        return new LoginStatusService(viewers, invitations, links, clock);
    }

    @Bean
    PendingActivationService pendingActivation(PendingActivationPort pending, Viewers viewers, Invitations invitations,
                                               AccessReactions reactions, Transactions transactions, Clock clock) {
        return new PendingActivationService(pending, viewers, invitations, reactions, transactions, clock);
    }

    @Bean
    LoginActivityService loginActivity(Viewers viewers, LoginActivityPort activity) {
        return new LoginActivityService(viewers, activity);
    }
}
