package io.portico.application.mail.port.out;

import java.util.UUID;

/** A mail in the outbox, with how many times sending it has failed so far. */
public record QueuedMail(UUID id, OutgoingMail mail, int failedAttempts) {
}
