package io.portico.application.portal.port.in;

import io.portico.domain.portal.SignupRequest;
import java.util.Locale;
import java.util.Objects;

/** B9: the sign-up form; the password is checked here, before anything is hashed or stored. */
public record SignUpCommand(SignupRequest request, String password, Locale language) {

    public SignUpCommand {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(password, "password");
        language = language == null ? Locale.ENGLISH : language;
    }

    public static SignUpCommand of(SignupRequest request, String password, String repeated, Locale language) {
        request.checkPassword(password, repeated);
        return new SignUpCommand(request, password, language);
    }
}
