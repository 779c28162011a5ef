package io.portico.domain.firm;

import io.portico.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The firm's accent colour on portal pages and client mails, a CSS hex colour {@code #rrggbb}, kept lower-case. */
public record AccentColor(String value) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    /** Portico's own blue, while the firm has chosen none. */
    public static final AccentColor DEFAULT = new AccentColor("#1d4ed8");

    public AccentColor {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!HEX.matcher(value).matches()) {
            throw new InvalidInputException("accentColor", "firm.accent-invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
