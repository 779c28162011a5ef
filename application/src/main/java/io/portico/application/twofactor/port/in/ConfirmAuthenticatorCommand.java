package io.portico.application.twofactor.port.in;

import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import java.util.Objects;

public record ConfirmAuthenticatorCommand(CredentialHolder holder, TotpSecret secret, String code) {

    public ConfirmAuthenticatorCommand {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(secret, "secret");
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "input.required");
        }
    }
}
