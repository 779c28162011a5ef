package io.portico.domain.bulk;

import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A contact linked to an account in a bulk edit: its name (for the report), its mail language, its addresses. */
public record BulkContact(ContactId id, String name, Optional<Language> language, List<BulkAddress> addresses) {

    public BulkContact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        addresses = List.copyOf(addresses);
    }
}
