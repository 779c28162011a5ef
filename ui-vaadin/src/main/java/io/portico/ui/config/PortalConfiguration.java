package io.portico.ui.config;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.access.AccessReactions;
import io.portico.application.contact.ContactLanguages;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.portal.ActivationLinks;
import io.portico.application.portal.ActivationNotices;
import io.portico.application.portal.ActivationService;
import io.portico.application.portal.Invitations;
import io.portico.application.portal.InviteService;
import io.portico.application.portal.PortalAccountsService;
import io.portico.application.portal.PortalLinkMails;
import io.portico.application.portal.PortalSignInService;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.account.Viewers;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's use cases (B): invitations, activation, portal sign-in and the accounts a client reaches. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    PortalLinkMails portalLinkMails(MailQueue mail, Links links, FirmQuery firm, ContactLanguages languages) {
        return new PortalLinkMails(mail, links, firm, languages);
    }

    @Bean
    ContactLanguages contactLanguages(ContactPort contacts, FirmIdentityPort firm) {
        return new ContactLanguages(contacts, firm);
    }

    @Bean
    Invitations invitations(MailedLinkPort links, PortalUserPort users, PortalAccessPort access, PortalSettingsPort settings,
                            PortalLinkMails mails) {
        return new Invitations(links, users, access, settings, mails);
    }

    @Bean
    InviteService invite(Viewers viewers, Invitations invitations, AccessReactions reactions, Transactions transactions, Clock clock) {
        return new InviteService(viewers, invitations, reactions, transactions, clock);
    }

    @Bean
    ActivationNotices activationNotices(AccountPort accounts, StaffPort staff, NotificationPort notifications, MailQueue mail,
                                        Links links, StaffLanguagePort languages) {
        return new ActivationNotices(accounts, staff, notifications, mail, links, languages);
    }

    @Bean
    ActivationLinks activationLinks(MailedLinkPort links, PortalAccessPort access, PortalUserPort users, AccountPort accounts,
                                    Clock clock) {
        return new ActivationLinks(links, access, users, accounts, clock);
    }

    @Bean
    ActivationService activation(ActivationLinks links, PortalUserPort users, PortalAccessPort access, PasswordHasher hasher,
                                 AccessReactions reactions, Transactions transactions) {
        return new ActivationService(links, users, access, hasher, reactions, transactions);
    }

    @Bean
    PortalSignInService portalSignIn(PortalUserPort users, PasswordHasher hasher, Clock clock) {
        return new PortalSignInService(users, hasher, clock);
    }

    @Bean
    PortalAccountsService portalAccounts(PortalUserPort users, PortalAccessPort access) {
        return new PortalAccountsService(users, access);
    }
}
