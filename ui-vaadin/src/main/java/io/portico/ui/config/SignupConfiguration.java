package io.portico.ui.config;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.access.AccessReactions;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.KnownAddresses;
import io.portico.application.portal.PortalLinkMails;
import io.portico.application.portal.PortalSettingsService;
import io.portico.application.portal.SelfSignedAccounts;
import io.portico.application.portal.SignUpService;
import io.portico.application.portal.SignupLinks;
import io.portico.application.portal.SignupTeam;
import io.portico.application.portal.VerifySignupService;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffPort;
import java.time.Clock;
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
    KnownAddresses knownAddresses(PortalUserPort users, ContactPort contacts) {
        return new KnownAddresses(users, contacts);
    }

    @Bean
    SignupLinks signupLinks(MailedLinkPort links, PortalLinkMails mails, Clock clock) {
        return new SignupLinks(links, mails, clock);
    }

    @Bean
    SelfSignedAccounts selfSignedAccounts(ContactPort contacts, AccountPort accounts, PortalUserPort users, SignupTeam team,
                                          AccessReactions reactions) {
        return new SelfSignedAccounts(contacts, accounts, users, team, reactions);
    }

    @Bean
    SignUpService signUp(PortalSettingsPort settings, KnownAddresses known, SignupLinks links, PortalLinkMails mails,
                         Transactions transactions) {
        return new SignUpService(settings, known, links, mails, transactions);
    }

    @Bean
    VerifySignupService verifySignup(PortalSettingsPort settings, SignupLinks links, KnownAddresses known,
                                     SelfSignedAccounts accounts, PasswordHasher hasher, Transactions transactions) {
        return new VerifySignupService(settings, links, known, accounts, hasher, transactions);
    }
}
