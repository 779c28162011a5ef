package io.portico.persistence.mail;

/** The values of {@code mail_outbox.status} (checked by the table). */
enum MailStatus {
    PENDING, SENT, DEAD
}
