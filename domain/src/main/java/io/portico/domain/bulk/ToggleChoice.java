package io.portico.domain.bulk;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;

/** E3: what a bulk edit does to one toggle of every address: nothing, or turn it on or off for all. */
public enum ToggleChoice {
    KEEP, ENABLE, DISABLE;

    /** The address's toggles once this choice is applied to {@code toggle}. */
    EmailAccess applyTo(EmailAccess access, AccessToggle toggle) {
        return switch (this) {
            case KEEP -> access;
            case ENABLE -> access.with(toggle, true);
            case DISABLE -> access.with(toggle, false);
        };
    }
}
