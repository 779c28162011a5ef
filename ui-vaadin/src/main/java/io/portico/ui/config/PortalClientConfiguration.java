package io.portico.ui.config;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.portal.AskForNewLinkService;
import io.portico.application.portal.PortalProfileService;
import io.portico.application.portal.TeamInbox;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffPort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What clients do in the portal itself (B2, B7, B11): their profile and password, asking for a new link. */
@Configuration(proxyBeanMethods = false)
class PortalClientConfiguration {

    @Bean
    PortalProfileService portalProfile(PortalUserPort users, PasswordHasher hasher, CredentialEpochPort epochs) {
        return new PortalProfileService(users, hasher, epochs);
    }

    @Bean
    TeamInbox teamInbox(StaffPort staff, NotificationPort notifications, Links links) {
        return new TeamInbox(staff, notifications, links);
    }

    @Bean
    AskForNewLinkService askForNewLink(MailedLinkPort links, PortalAccessPort access, AccountPort accounts, TeamInbox team,
                                       Transactions transactions, Clock clock) {
        return new AskForNewLinkService(links, access, accounts, team, transactions, clock);
    }
}
