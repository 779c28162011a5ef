package io.portico.domain.staff;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a password check must know beyond the password (NIST SP 800-63B-4): whether the person also
 * has a second factor, and the words an attacker would try first for them — the firm's name, the
 * person's names, their address's local part.
 */
public record PasswordContext(boolean secondFactor, List<String> words) {

    /** Shorter parts of a name ("srl", "ltd", "jo") would refuse good passwords for no gain. */
    static final int MIN_WORD_LENGTH = 4;

    public PasswordContext {
        words = words.stream().flatMap(PasswordContext::parts).distinct().toList();
    }

    /** The password is the only factor. Null values (a name not known) are skipped. */
    public static PasswordContext passwordOnly(String... values) {
        return new PasswordContext(false, present(values));
    }

    /** The person also signs in with a second factor. Null values are skipped. */
    public static PasswordContext withSecondFactor(String... values) {
        return new PasswordContext(true, present(values));
    }

    /** The same person with more words to avoid. */
    public PasswordContext and(String... values) {
        return new PasswordContext(secondFactor, Stream.concat(words.stream(), present(values).stream()).toList());
    }

    /** Of an address only its local part; every value split into words at anything but letters and digits. */
    private static Stream<String> parts(String value) {
        int at = value.lastIndexOf('@');
        String text = at < 0 ? value : value.substring(0, at);
        return Arrays.stream(normalise(text).split("[^\\p{L}\\p{N}]+")).filter(part -> part.length() >= MIN_WORD_LENGTH);
    }

    private static List<String> present(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    /** NFKC, then lower case: how passwords and words are compared. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
