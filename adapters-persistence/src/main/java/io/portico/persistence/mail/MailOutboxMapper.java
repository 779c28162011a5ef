package io.portico.persistence.mail;

import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.persistence.jooq.tables.records.MailOutboxRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Outbox rows to what the application sees; the rows never leave this module. */
final class MailOutboxMapper {

    private MailOutboxMapper() {
    }

    static QueuedMail toQueued(MailOutboxRecord row, List<FileAttachment> attachments) {
        var mail = new OutgoingMail(new EmailAddress(row.getRecipient()), row.getSubject(), row.getHtmlBody(), row.getTextBody(),
                Optional.ofNullable(row.getReplyTo()).map(EmailAddress::new), attachments, envelope(row));
        return new QueuedMail(row.getId(), mail, row.getFailedAttempts());
    }

    // Item 7: a mail from a firm mailbox; after the mailbox was removed (only once nothing waits) there is none.
    private static Optional<MailboxEnvelope> envelope(MailOutboxRecord row) {
        return Optional.ofNullable(row.getMailboxId()).map(mailbox -> new MailboxEnvelope(new MailboxId(mailbox), row.getMessageId(),
                Optional.ofNullable(row.getInReplyTo()), List.of(row.getReferencesHeader()),
                Arrays.stream(row.getCc()).map(EmailAddress::new).toList()));
    }
}
