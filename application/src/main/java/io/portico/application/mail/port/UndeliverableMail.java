package io.portico.application.mail.port;

import java.time.Instant;
import java.util.UUID;

/** A mail given up on after its last attempt, for admins to see. */
public record UndeliverableMail(UUID id, String to, String subject, int failedAttempts, String lastError, Instant queuedAt) {
}
