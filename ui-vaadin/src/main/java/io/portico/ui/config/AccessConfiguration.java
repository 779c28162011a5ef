package io.portico.ui.config;

import io.portico.application.access.AccessChanges;
import io.portico.application.access.AccessReactions;
import io.portico.application.email.EmailRescanTrigger;
import io.portico.application.portal.LostPortalAccess;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.access.port.out.SaveAccessPort;
import io.portico.application.account.EditLinksService;
import io.portico.application.account.TeamNotices;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessHistory;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.account.ContactsService;
import io.portico.application.account.EditContactService;
import io.portico.application.contact.EmailChangeAccess;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.portal.ActivationNotices;
import io.portico.application.portal.InvitationReactions;
import io.portico.application.portal.Invitations;
import io.portico.application.portal.RevokeUnlinkedEmailService;
import io.portico.application.portal.UnlinkedEmailsService;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.account.Viewers;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Portal access (B, F5, F6): the one place that reacts to access events — history, invitations, team
 * and activation notices, in that order — and the use cases that change access.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessHistory accessHistory(AccessAuditPort audit, StaffPort staff, ContactPort contacts) {
        return new AccessHistory(audit, staff, contacts);
    }

    @Bean
    InvitationReactions invitationReactions(Invitations invitations, AccountPort accounts) {
        return new InvitationReactions(invitations, accounts);
    }

    @Bean
    TeamNotices teamNotices(AccountPort accounts, NotificationPort notifications, MailQueue mail, StaffPort staff, Links links,
                            StaffLanguagePort languages) {
        return new TeamNotices(accounts, notifications, mail, staff, links, languages);
    }

    @Bean
    AccessReactions accessReactions(AccessHistory history, InvitationReactions invitations, TeamNotices team,
                                    ActivationNotices activations, LostPortalAccess lostPortalAccess, EmailRescanTrigger rescans) {
        return new AccessReactions(List.of(history, invitations, team, activations, lostPortalAccess, rescans));
    }

    @Bean
    AccessChanges accessChanges(SaveAccessPort save, AccessReactions reactions) {
        return new AccessChanges(save, reactions);
    }

    @Bean
    EditLinksService editLinks(Viewers viewers, LoadAccessPort load, AccessChanges changes, Transactions transactions, Clock clock) {
        return new EditLinksService(viewers, load, changes, transactions, clock);
    }

    @Bean
    EmailChangeAccess emailChangeAccess(LoadAccessPort load, AccessChanges changes) {
        return new EmailChangeAccess(load, changes);
    }

    @Bean
    EditContactService editContact(ContactsService found, ContactPort contacts, Viewers viewers, EmailChangeAccess emailChanges,
                                   Transactions transactions, Clock clock) {
        return new EditContactService(found, contacts, viewers, emailChanges, transactions, clock);
    }

    @Bean
    UnlinkedEmailsService unlinkedEmails(UnlinkedAccessPort unlinked, Viewers viewers) {
        return new UnlinkedEmailsService(unlinked, viewers);
    }

    @Bean
    RevokeUnlinkedEmailService revokeUnlinkedEmail(Viewers viewers, LoadAccessPort load, AccessChanges changes,
                                                   Transactions transactions, Clock clock) {
        return new RevokeUnlinkedEmailService(viewers, load, changes, transactions, clock);
    }
}
