package io.portico.domain.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Single-use codes that stand in for the second factor when the phone is lost. Each has 80 random
 * bits, so a plain SHA-256 is enough to store it (nobody can try them all), like the mailed links.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    private RecoveryCodes() {
    }

    /** Ten new codes, written "ABCD-EFGH-JKLM-NPQR" without letters that read like digits. */
    public static List<String> generate(RandomGenerator random) {
        return IntStream.range(0, COUNT).mapToObj(i -> code(random)).toList();
    }

    /** The stored form; capitals, spaces and dashes as typed do not matter. */
    public static String hash(String code) {
        String plain = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether the text has the shape of a recovery code, rather than of an app's six digits. */
    public static boolean looksLikeOne(String code) {
        return code != null && code.replaceAll("[\\s-]", "").length() == GROUPS * GROUP_LENGTH;
    }

    private static String code(RandomGenerator random) {
        var code = new StringBuilder();
        for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
