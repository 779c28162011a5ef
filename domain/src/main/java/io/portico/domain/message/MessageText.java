package io.portico.domain.message;

import io.portico.domain.shared.Require;

/** Items 8, 9: the body of a message or a reply. */
public record MessageText(String value) {

    public static final int MAX_LENGTH = 20_000;

    public MessageText {
        value = Require.text("text", value, MAX_LENGTH);
    }
}
