package io.portico.domain.bulk;

import io.portico.domain.access.EmailAccess;
import java.util.Objects;

/** One address of a linked contact as a bulk edit finds it: its toggles, and whether it has a portal user (B1). */
public record BulkAddress(EmailAccess access, boolean activated) {

    public BulkAddress {
        Objects.requireNonNull(access, "access");
    }
}
