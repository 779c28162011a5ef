package io.portico.ui.config;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.access.AccessReactions;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.portal.PortalSettingsService;
import io.portico.application.portal.SignupService;
import io.portico.application.portal.SignupTeam;
import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.staff.port.out.PasswordHasher;
import java.time.Clock;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings → Portal (G3) and self-signup (B9), each use case given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class SignupConfiguration {

    @Bean
    PortalSettingsService portalSettings(PortalSettingsPort settings, StaffPort staff, Administrators administrators,
                                         Transactions transactions) {
        return new PortalSettingsService(settings, staff, administrators, transactions);
    }

    @Bean
    SignupTeam signupTeam(PortalSettingsPort settings, StaffPort staff) {
        return new SignupTeam(settings, staff);
    }

    @Bean
    SignupService signup(PortalSettingsPort settings, PendingSignupPort pending, PortalUserPort users, ContactPort contacts,
                         AccountPort accounts, SignupTeam team, AccessReactions reactions, MailQueue mail,
                         Links links, FirmQuery firm, PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new SignupService(settings, pending, users, contacts, accounts, team, reactions, mail, links, firm, hasher,
                transactions, clock);
    }
}
