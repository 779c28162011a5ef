package io.portico.domain.twofactor;

import io.portico.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The shared key of an authenticator app: 160 random bits (RFC 4226's recommended length), written
 * in Base32 as authenticator apps expect it in a QR code or typed in by hand.
 */
public record TotpSecret(String base32) {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BYTES = 20;

    public TotpSecret {
        Objects.requireNonNull(base32, "base32");
        if (!base32.matches("[A-Z2-7]{32}")) {
            throw new InvalidInputException("secret", "two-factor.secret.invalid");
        }
    }

    public static TotpSecret random(RandomGenerator random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new TotpSecret(encode(key));
    }

    /** The key as the HMAC of RFC 6238 takes it. */
    public byte[] bytes() {
        byte[] key = new byte[BYTES];
        long buffer = 0;
        int bits = 0;
        int at = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | ALPHABET.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                key[at++] = (byte) (buffer >> bits);
            }
        }
        return key;
    }

    private static String encode(byte[] key) {
        var text = new StringBuilder();
        long buffer = 0;
        int bits = 0;
        for (byte b : key) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                text.append(ALPHABET.charAt((int) (buffer >> bits) & 31));
            }
        }
        return text.toString();
    }

    /** Never the key itself in logs. */
    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
