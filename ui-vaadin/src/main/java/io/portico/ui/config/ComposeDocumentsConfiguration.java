package io.portico.ui.config;

import io.portico.application.account.Viewers;
import io.portico.application.document.AccountDocumentsService;
import io.portico.application.document.port.out.AccountDocumentsPort;
import io.portico.application.email.EmailParties;
import io.portico.application.email.SendEmailService;
import io.portico.application.email.port.out.EmailStorePort;
import io.portico.application.email.port.out.RepliedMessagePort;
import io.portico.application.firm.AttachmentSavingService;
import io.portico.application.firm.port.out.AttachmentSavingPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.SyncedMailMuteService;
import io.portico.application.staff.port.out.SyncedMailMutePort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 13, items 7–9: writing mail from an account, its Documents tab, the firm's attachment saving and each member's mute. */
@Configuration(proxyBeanMethods = false)
class ComposeDocumentsConfiguration {

    @Bean
    EmailParties emailParties(Viewers viewers, MailboxPort mailboxes, RepliedMessagePort replied) {
        return new EmailParties(viewers, mailboxes, replied);
    }

    @Bean
    SendEmailService sendEmail(EmailParties parties, MailOutboxPort outbox, EmailStorePort store, Transactions transactions, Clock clock) {
        return new SendEmailService(parties, outbox, store, transactions, clock);
    }

    @Bean
    AccountDocumentsService accountDocuments(AccountDocumentsPort documents, Viewers viewers) {
        return new AccountDocumentsService(documents, viewers);
    }

    @Bean
    AttachmentSavingService attachmentSaving(AttachmentSavingPort setting, Administrators administrators, Transactions transactions, Clock clock) {
        return new AttachmentSavingService(setting, administrators, transactions, clock);
    }

    @Bean
    SyncedMailMuteService syncedMailMute(SyncedMailMutePort mutes) {
        return new SyncedMailMuteService(mutes);
    }
}
