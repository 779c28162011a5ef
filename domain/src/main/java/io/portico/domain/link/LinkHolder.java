package io.portico.domain.link;

import io.portico.domain.shared.EmailAddress;
import java.util.Objects;
import java.util.UUID;

/**
 * Whom a {@link MailedLink} is for: a person's id (staff member, portal user) or, before the person
 * exists, the address it was mailed to (compared case-insensitively, as addresses are).
 */
public record LinkHolder(String key) {

    public LinkHolder {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a link holder needs a key");
        }
    }

    public static LinkHolder of(UUID id) {
        return new LinkHolder(id.toString());
    }

    public static LinkHolder of(EmailAddress address) {
        return new LinkHolder(address.lookupKey());
    }

    /** The person's id, for a holder made {@linkplain #of(UUID) from one}. */
    public UUID id() {
        return UUID.fromString(key);
    }
}
