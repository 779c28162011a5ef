package io.portico.application.twofactor.port.in;

import io.portico.domain.twofactor.TotpSecret;
import java.util.List;

/** Issue 10 items 6 and 8: set up (or set up again) an authenticator app. */
public interface EnrolAuthenticatorUseCase {

    /** A fresh secret to show as a QR code; nothing is stored until it is confirmed. */
    TotpSecret newSecret();

    /**
     * Stores the secret once a code from the app proves it was scanned, replacing any earlier app and
     * recovery codes, and returns the ten new recovery codes (shown once, stored hashed).
     *
     * @throws io.portico.domain.shared.InvalidInputException on field "code" when the code is wrong
     */
    List<String> confirm(ConfirmAuthenticatorCommand command);
}
