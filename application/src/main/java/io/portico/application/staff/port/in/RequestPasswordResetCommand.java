package io.portico.application.staff.port.in;

import io.portico.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Objects;

/** "Forgot password": the address typed in, and the language the mail is written in. */
public record RequestPasswordResetCommand(EmailAddress email, Locale language) {

    public RequestPasswordResetCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }

    public static RequestPasswordResetCommand of(String email, Locale language) {
        return new RequestPasswordResetCommand(EmailAddress.of("email", email), language);
    }
}
