package io.portico.application.firm.port.out;

import java.time.Instant;
import java.util.Optional;

/** D3: the firm's {@code save_attachments_since} — since when attachments of synced mail are saved to documents. */
public interface AttachmentSavingPort {

    /** Empty when the firm does not save attachments (or is not set up). */
    Optional<Instant> savingSince();

    void saveSince(Optional<Instant> since);
}
