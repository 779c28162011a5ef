package io.portico.domain.shared;

/** The SHA-256 of a {@link SecretToken}, hex-encoded: what is stored instead of the token. */
public record TokenHash(String value) {

    public TokenHash {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }
}
