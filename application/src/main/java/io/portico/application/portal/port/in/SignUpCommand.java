package io.portico.application.portal.port.in;

import io.portico.domain.portal.SignupRequest;
import java.util.Locale;
import java.util.Objects;

/**
 * B9: the sign-up form: who the client is and their address, no password. The password is chosen on the
 * verification link's page, so nobody can pre-register someone else's address with a password they know
 * (issue 10, item 12).
 */
public record SignUpCommand(SignupRequest request, Locale language) {

    public SignUpCommand {
        Objects.requireNonNull(request, "request");
        language = language == null ? Locale.ENGLISH : language;
    }
}
