package io.portico.ui.config;

import io.portico.application.account.AccountPhotoService;
import io.portico.application.account.AccountProfileService;
import io.portico.application.account.port.out.AccountPhotoPort;
import io.portico.application.account.port.out.PhotoProcessor;
import io.portico.application.account.ChangeTeamService;
import io.portico.application.account.NewAccountParts;
import io.portico.application.inbox.InboxService;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.staff.StaffDirectoryService;
import io.portico.application.account.CreateAccountService;
import io.portico.application.access.AccessReactions;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.FindAccountsService;
import io.portico.application.account.NotesService;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.NotePort;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.account.ContactsService;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.firm.FirmQueryService;
import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.firm.SetUpFirmService;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.application.mail.MailDispatcher;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.RetryPolicy;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.RenderMailPort;
import io.portico.application.mail.port.out.SendMailPort;
import io.portico.application.mailbox.MailboxSending;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.mailbox.port.out.SendThroughMailboxPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.AuthenticateStaffService;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.application.staff.RequestPasswordResetService;
import io.portico.application.staff.PasswordResetLinks;
import io.portico.application.staff.ResetPasswordService;
import io.portico.application.staff.StaffPasswords;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.firm.Firm;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, each given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FirmQueryService firmQuery(FirmPort firms) {
        return new FirmQueryService(firms);
    }

    @Bean
    SetUpFirmService setUpFirm(FirmPort firms, StaffPort staff, PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new SetUpFirmService(firms, staff, hasher, transactions, clock);
    }

    @Bean
    AuthenticateStaffService authenticateStaff(StaffPort staff, PasswordHasher hasher, CredentialEpochPort epochs, Clock clock) {
        return new AuthenticateStaffService(staff, hasher, epochs, clock);
    }

    @Bean
    MailQueue mailQueue(RenderMailPort renderer, MailOutboxPort outbox, FirmIdentityPort firm, Links links, Clock clock) {
        return new MailQueue(renderer, outbox, firm, links, clock);
    }

    @Bean
    RequestPasswordResetService requestPasswordReset(StaffPort staff, MailedLinkPort mailedLinks, MailQueue mail,
                                                     Links links, Transactions transactions, Clock clock) {
        return new RequestPasswordResetService(staff, mailedLinks, mail, links, transactions, clock);
    }

    @Bean
    PasswordResetLinks passwordResetLinks(MailedLinkPort links, PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new PasswordResetLinks(links, hasher, transactions, clock);
    }

    @Bean
    ResetPasswordService resetPassword(StaffPort staff, StaffPasswords passwords, PasswordResetLinks links, CredentialEpochPort epochs) {
        return new ResetPasswordService(staff, passwords, links, epochs);
    }

    @Bean
    MailDispatcher mailDispatcher(MailOutboxPort outbox, SendMailPort sender, MailboxPort mailboxes, SendThroughMailboxPort mailboxSender,
                                  Transactions transactions, MetricsConfiguration.Metered metered, Clock clock) {
        // Issue 13 item 7: a mail with an envelope leaves through its mailbox's SMTP server, the others as before.
        return new MailDispatcher(metered.outbox(outbox), new MailboxSending(sender, mailboxes, mailboxSender), transactions,
                RetryPolicy.DEFAULT, clock);
    }

    @Bean
    Viewers viewers(StaffPort staff, AccountPort accounts, AccountArchivePort archive) {
        return new Viewers(staff, accounts, archive);
    }

    @Bean
    NewAccountParts newAccountParts(ContactPort contacts, ContactsService visible, CustomFieldPort fields, LoadAccessPort access,
                                    StaffPort staff) {
        return new NewAccountParts(contacts, visible, fields, access, new DefaultAccountAccess(staff));
    }

    @Bean
    CreateAccountService createAccount(AccountPort accounts, NewAccountParts parts, Viewers viewers,
                                       AccessReactions reactions, Transactions transactions, Clock clock) {
        return new CreateAccountService(accounts, parts, viewers, reactions, transactions, clock);
    }

    @Bean
    ChangeTeamService changeTeam(AccountPort accounts, Viewers viewers, AccessReactions reactions, Transactions transactions,
                                 Clock clock) {
        return new ChangeTeamService(accounts, viewers, reactions, transactions, clock);
    }

    @Bean
    InboxService inbox(NotificationPort notifications, Clock clock) {
        return new InboxService(notifications, clock);
    }

    @Bean
    StaffDirectoryService staffDirectory(StaffPort staff) {
        return new StaffDirectoryService(staff);
    }

    @Bean
    AccountProfileService accountProfile(Viewers viewers, ContactPort contacts, AccessAuditPort audit, StaffPort staff) {
        return new AccountProfileService(viewers, contacts, audit, staff);
    }

    @Bean
    FindAccountsService findAccounts(AccountListPort list, Viewers viewers) {
        return new FindAccountsService(list, viewers);
    }

    @Bean
    NotesService notes(NotePort notes, StaffPort staff, Viewers viewers, Clock clock) {
        return new NotesService(notes, staff, viewers, clock);
    }

    @Bean
    ContactsService contacts(ContactPort contacts, ContactListPort list, AccountPort accounts, Viewers viewers) {
        return new ContactsService(contacts, list, accounts, viewers);
    }

    @Bean
    AccountPhotoService accountPhotos(AccountPhotoPort photos, PhotoProcessor processor, Viewers viewers) {
        return new AccountPhotoService(photos, processor, viewers);
    }
}
