package io.portico.application.twofactor.port.in;

import io.portico.domain.session.CredentialHolder;
import java.util.Objects;

/** A blank code is simply refused by the check, like a wrong one. */
public record CheckSecondFactorCommand(CredentialHolder holder, String code) {

    public CheckSecondFactorCommand {
        Objects.requireNonNull(holder, "holder");
    }
}
