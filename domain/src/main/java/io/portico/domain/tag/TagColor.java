package io.portico.domain.tag;

import io.portico.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A tag's colour as a CSS hex colour, {@code #rrggbb}, kept lower-case. */
public record TagColor(String value) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    public TagColor {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("tagColor", "input.required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!HEX.matcher(value).matches()) {
            throw new InvalidInputException("tagColor", "tag.color-invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
