package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;

/** Who is signed in to the staff UI, and the credential epoch the session signed in with. */
public record StaffSignIn(StaffId id, String email, String displayName, StaffRole role, long epoch) {

    public static StaffSignIn of(StaffMember member, long epoch) {
        return new StaffSignIn(member.id(), member.email().value(), member.name().full(), member.role(), epoch);
    }
}
