package io.portico.application.firm.port.in;

import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Objects;

/** First start: the firm's name and its owner's sign-in. */
public record SetUpFirmCommand(FirmName firmName, PersonName ownerName, EmailAddress ownerEmail, String password) {

    public SetUpFirmCommand {
        Objects.requireNonNull(firmName, "firmName");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        // the owner has no second factor yet: the password alone must hold
        PasswordPolicy.check("password", password, PasswordContext.passwordOnly(firmName.value(), ownerName.first(),
                ownerName.last(), ownerEmail.value()));
    }

    /** Builds the command from form input, each value checked in the order the form shows them. */
    public static SetUpFirmCommand of(String firmName, String firstName, String lastName, String email, String password) {
        return new SetUpFirmCommand(new FirmName(firmName), new PersonName(firstName, lastName),
                EmailAddress.of("email", email), password);
    }
}
