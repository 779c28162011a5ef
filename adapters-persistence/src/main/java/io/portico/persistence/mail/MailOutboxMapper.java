package io.portico.persistence.mail;

import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.persistence.jooq.tables.records.MailOutboxRecord;
import java.util.List;
import java.util.Optional;

/** Outbox rows to what the application sees; the rows never leave this module. */
final class MailOutboxMapper {

    private MailOutboxMapper() {
    }

    static QueuedMail toQueued(MailOutboxRecord row, List<FileAttachment> attachments) {
        var mail = new OutgoingMail(new EmailAddress(row.getRecipient()), row.getSubject(), row.getHtmlBody(), row.getTextBody(),
                Optional.ofNullable(row.getReplyTo()).map(EmailAddress::new), attachments, Optional.empty());
        return new QueuedMail(row.getId(), mail, row.getFailedAttempts());
    }
}
