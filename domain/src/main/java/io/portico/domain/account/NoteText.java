package io.portico.domain.account;

import io.portico.domain.shared.Require;

/** F7: what a staff member writes down about an account. */
public record NoteText(String value) {

    public static final int MAX_LENGTH = 10_000;

    public NoteText {
        value = Require.text("note", value, MAX_LENGTH);
    }
}
