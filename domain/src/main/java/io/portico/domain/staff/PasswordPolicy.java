package io.portico.domain.staff;

import io.portico.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * NIST SP 800-63B-4 passwords: at least 15 characters where the password is the only factor and 8
 * beside a second factor, up to 128, no composition rules, none of the 100,000 passwords attackers try
 * first and none of the words of the person's context. Compared after Unicode NFKC normalisation, so
 * that the same password typed on another keyboard is the same password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MIN_LENGTH_WITH_SECOND_FACTOR = 8;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Stream.of("top-100000-passwords.txt", "common-passwords.txt")
            .flatMap(PasswordPolicy::load)
            .collect(Collectors.toUnmodifiableSet());

    private PasswordPolicy() {
    }

    /** The form a password is compared and hashed in. */
    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** The fewest characters accepted for a person with or without a second factor. */
    public static int minLength(PasswordContext context) {
        return context.secondFactor() ? MIN_LENGTH_WITH_SECOND_FACTOR : MIN_LENGTH;
    }

    /** Refuses a password that breaks a rule, naming the given field. */
    public static void check(String field, String password, PasswordContext context) {
        int minLength = minLength(context);
        String normalised = password == null ? "" : normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < minLength) {
            throw new InvalidInputException(field, "password.too-short", minLength);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(field, "input.too-long", MAX_LENGTH);
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new InvalidInputException(field, "password.too-common");
        }
        if (context.words().stream().anyMatch(lower::contains)) {
            throw new InvalidInputException(field, "password.personal");
        }
    }

    private static boolean isCommon(String lower) {
        return COMMON.contains(lower) || lower.chars().distinct().count() <= 2 || isRun(lower);
    }

    /** 0123456789ab…, abcdefghijkl…: one step between every character. */
    private static boolean isRun(String password) {
        int step = password.charAt(1) - password.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < password.length(); i++) {
            if (password.charAt(i) - password.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static Stream<String> load(String resource) {
        var stream = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordContext::normalise)
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
