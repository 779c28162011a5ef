package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;

/** Who is signed in to the staff UI. */
public record StaffSignIn(StaffId id, String email, String displayName, StaffRole role) {

    public static StaffSignIn of(StaffMember member) {
        return new StaffSignIn(member.id(), member.email().value(), member.name().full(), member.role());
    }
}
