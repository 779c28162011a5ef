package io.portico.application.erasure.port.in;

import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

public record EraseContactCommand(StaffId actor, ContactId contact) {

    public EraseContactCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(contact, "contact");
    }
}
