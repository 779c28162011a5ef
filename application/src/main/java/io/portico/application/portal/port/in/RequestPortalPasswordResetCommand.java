package io.portico.application.portal.port.in;

import io.portico.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Objects;

/** B11 "Forgot password?" in the portal: the address typed in, and the language the mail is written in. */
public record RequestPortalPasswordResetCommand(EmailAddress email, Locale language) {

    public RequestPortalPasswordResetCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }

    /** @throws io.portico.domain.shared.InvalidInputException on "email" for a malformed address */
    public static RequestPortalPasswordResetCommand of(String email, Locale language) {
        return new RequestPortalPasswordResetCommand(EmailAddress.of("email", email), language);
    }
}
