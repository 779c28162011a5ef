package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.TeamRules;

/** The members a team action names, loaded afresh: the actor must administer, the member must exist. */
final class TeamMembers {

    private final StaffPort staff;

    TeamMembers(StaffPort staff) {
        this.staff = staff;
    }

    /** @throws NotAllowedException unless {@code actor} is an active owner or admin */
    StaffMember administrator(StaffId actor) {
        StaffMember member = staff.findById(actor).orElseThrow(() -> new NotAllowedException("manage the team"));
        TeamRules.requireAdministers(member);
        return member;
    }

    /** @throws InvalidInputException on "member" for an id that names nobody */
    StaffMember member(StaffId id) {
        return staff.findById(id).orElseThrow(() -> new InvalidInputException("member", "staff.not-found"));
    }
}
