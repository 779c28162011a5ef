package io.portico.persistence.mail;

import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.domain.shared.EmailAddress;
import io.portico.persistence.jooq.tables.records.MailOutboxRecord;

/** Outbox rows to what the application sees; the rows never leave this module. */
final class MailOutboxMapper {

    private MailOutboxMapper() {
    }

    static QueuedMail toQueued(MailOutboxRecord row) {
        var mail = new OutgoingMail(new EmailAddress(row.getRecipient()), row.getSubject(), row.getHtmlBody(), row.getTextBody());
        return new QueuedMail(row.getId(), mail, row.getFailedAttempts());
    }
}
