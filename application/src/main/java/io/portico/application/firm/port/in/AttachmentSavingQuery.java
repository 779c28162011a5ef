package io.portico.application.firm.port.in;

import java.time.Instant;
import java.util.Optional;

/** D3: since when the firm saves attachments of synced mail; empty when it does not. */
public interface AttachmentSavingQuery {

    Optional<Instant> savingSince();
}
