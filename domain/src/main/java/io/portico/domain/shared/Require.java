package io.portico.domain.shared;

import java.util.regex.Pattern;

/** Checks shared by value objects; each failure names the field. */
public final class Require {

    /**
     * Control characters other than tab and line breaks: invisible, and NUL cannot even be stored
     * (PostgreSQL refuses it in text). Found by the form fuzz test of issue 10.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private Require() {
    }

    /** The trimmed text, refused when blank, longer than {@code maxLength} or holding control characters. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "input.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "input.too-long", maxLength);
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw new InvalidInputException(field, "input.control-character");
        }
        return trimmed;
    }
}
