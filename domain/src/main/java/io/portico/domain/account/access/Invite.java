package io.portico.domain.account.access;

import java.util.Locale;
import java.util.Objects;

/** B1, B5: an invitation link owed to an address: its personal message and the mail's language. */
public record Invite(String personalMessage, Locale language) {

    public Invite {
        Objects.requireNonNull(language, "language");
        personalMessage = personalMessage == null ? "" : personalMessage;
    }
}
