package io.portico.domain.staff;

import io.portico.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NIST SP 800-63B memorised-secret rules: at least 12 characters, no composition rules, and
 * none of the passwords attackers try first. Long passphrases are welcome.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks a rule, naming the given field. */
    public static void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "input.too-long", MAX_LENGTH);
        }
        if (isCommon(password)) {
            throw new InvalidInputException(field, "password.too-common");
        }
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
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

    private static Set<String> load(String resource) {
        var stream = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
