package io.portico.application.retention;

import io.portico.application.firm.InMemoryFirms;
import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.domain.retention.Retention;
import java.util.Optional;

/** The firm's retention periods in memory; like the database's firm row, kept only once the firm is set up. */
public final class InMemoryRetentionSettings implements RetentionSettingsPort {

    private final InMemoryFirms firms;
    private Optional<Retention> stored = Optional.empty();

    public InMemoryRetentionSettings(InMemoryFirms firms) {
        this.firms = firms;
    }

    @Override
    public synchronized Optional<Retention> stored() {
        return firms.load().isPresent() ? stored : Optional.empty();
    }

    @Override
    public synchronized void store(Retention retention) {
        if (firms.load().isPresent()) {
            stored = Optional.of(retention);
        }
    }
}
