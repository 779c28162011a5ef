package io.portico.domain.message;

import io.portico.domain.shared.Require;

/** Item 8: what a thread is about, as the firm wrote it; its replies keep it. */
public record MessageSubject(String value) {

    public static final int MAX_LENGTH = 200;

    public MessageSubject {
        value = Require.text("subject", value, MAX_LENGTH);
    }
}
