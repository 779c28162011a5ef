package io.portico.domain.staff;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import java.util.Objects;

/** A person working at the firm who signs in to the staff UI. */
public record StaffMember(StaffId id, PersonName name, EmailAddress email, StaffRole role, StaffStatus status) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    public static StaffMember owner(PersonName name, EmailAddress email) {
        return new StaffMember(StaffId.random(), name, email, StaffRole.OWNER, StaffStatus.ACTIVE);
    }

    /** G2: a colleague invited by mail, who may sign in once they set a password. */
    public static StaffMember invited(PersonName name, EmailAddress email, StaffRole role) {
        if (role == StaffRole.OWNER) {
            throw new IllegalArgumentException("nobody is invited as owner");
        }
        return new StaffMember(StaffId.random(), name, email, role, StaffStatus.INVITED);
    }

    /** Only an active member signs in, sees accounts or joins teams. */
    public boolean active() {
        return status == StaffStatus.ACTIVE;
    }

    public StaffMember withRole(StaffRole newRole) {
        return new StaffMember(id, name, email, newRole, status);
    }

    public StaffMember withName(PersonName newName) {
        return new StaffMember(id, newName, email, role, status);
    }

    public StaffMember withStatus(StaffStatus newStatus) {
        return new StaffMember(id, name, email, role, newStatus);
    }
}
