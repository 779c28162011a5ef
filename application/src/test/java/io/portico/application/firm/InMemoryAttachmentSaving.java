package io.portico.application.firm;

import io.portico.application.firm.port.out.AttachmentSavingPort;
import java.time.Instant;
import java.util.Optional;

/** The firm's attachment-saving moment in memory; like the database's firm row, it exists only once the firm is set up. */
public final class InMemoryAttachmentSaving implements AttachmentSavingPort {

    private final InMemoryFirms firms;
    private Optional<Instant> since = Optional.empty();

    public InMemoryAttachmentSaving(InMemoryFirms firms) {
        this.firms = firms;
    }

    @Override
    public synchronized Optional<Instant> savingSince() {
        return firms.load().isPresent() ? since : Optional.empty();
    }

    @Override
    public synchronized void saveSince(Optional<Instant> newSince) {
        if (firms.load().isPresent()) {
            since = newSince;
        }
    }
}
