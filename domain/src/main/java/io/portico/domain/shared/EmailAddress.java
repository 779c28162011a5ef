package io.portico.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised: surrounding blanks removed and the domain lower-cased
 * (the local part is kept as written, since servers may treat it case-sensitively).
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    public EmailAddress {
        value = normalise(value);
    }

    public static EmailAddress of(String field, String raw) {
        try {
            return new EmailAddress(raw);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.messageKey(), e.arguments().toArray());
        }
    }

    private static String normalise(String raw) {
        String trimmed = Require.text("email", raw, MAX_LENGTH);
        int at = trimmed.lastIndexOf('@');
        // without an @ (at = -1) the whole text is lower-cased, and the shape check refuses it anyway
        String normalised = trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(normalised).matches()) {
            throw new InvalidInputException("email", "email.invalid");
        }
        return normalised;
    }

    /** The form used to find an address regardless of how its local part was capitalised. */
    public String lookupKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
