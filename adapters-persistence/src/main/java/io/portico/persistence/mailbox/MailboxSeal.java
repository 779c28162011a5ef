package io.portico.persistence.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;

/**
 * D1: seals mailbox passwords at rest with authenticated encryption — Spring Security Crypto's
 * {@link Encryptors#stronger}: AES-256-GCM with a random 16-byte IV per value, the key derived from the configured
 * secret by PBKDF2. A sealed value opened with another key, or altered, fails its GCM tag instead of yielding text.
 */
public final class MailboxSeal {

    /** PBKDF2's salt (hex); the key's own randomness makes a per-installation salt unnecessary. */
    private static final String SALT = "706f727469636f2d6d61696c626f78";

    private final BytesEncryptor encryptor;

    /** @param key the secret from {@code portico.mailboxes.key} or the key file, at least 16 characters */
    public MailboxSeal(String key) {
        Objects.requireNonNull(key, "key");
        if (key.length() < 16) {
            throw new IllegalArgumentException("portico.mailboxes.key must be at least 16 characters long");
        }
        this.encryptor = Encryptors.stronger(key, SALT);
    }

    byte[] seal(String password) {
        return encryptor.encrypt(password.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalStateException when the value was sealed with another key or altered */
    String open(byte[] sealed) {
        try {
            return new String(encryptor.decrypt(sealed), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new IllegalStateException("A mailbox password cannot be opened: was portico.mailboxes.key or the key file changed?", e);
        }
    }
}
