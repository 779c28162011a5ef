package io.portico.domain.shared;

/** Checks shared by value objects; each failure names the field. */
public final class Require {

    private Require() {
    }

    /** The trimmed text, refused when blank or longer than {@code maxLength}. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "input.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "input.too-long", maxLength);
        }
        return trimmed;
    }
}
