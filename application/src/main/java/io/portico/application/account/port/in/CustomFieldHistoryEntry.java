package io.portico.application.account.port.in;

import java.time.Instant;

/** A7: a line of a custom field's history as the screen shows it; {@code changedBy} is the staff member's name. */
public record CustomFieldHistoryEntry(String changedBy, Instant at, String oldValue, String newValue) {
}
