package io.portico.application.retention.port.out;

import io.portico.domain.retention.Retention;
import java.util.Optional;

/** Issue 14, item 4: the retention periods the firm chose, kept with the firm. */
public interface RetentionSettingsPort {

    /** Empty until the firm saves its own (or before it is set up): the defaults apply. */
    Optional<Retention> stored();

    /** Does nothing before the firm is set up. */
    void store(Retention retention);
}
