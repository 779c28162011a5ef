package io.portico.domain.staff;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import java.util.Objects;

/** A person working at the firm who signs in to the staff UI. */
public record StaffMember(StaffId id, PersonName name, EmailAddress email, StaffRole role, boolean active) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }

    public static StaffMember owner(PersonName name, EmailAddress email) {
        return new StaffMember(StaffId.random(), name, email, StaffRole.OWNER, true);
    }
}
