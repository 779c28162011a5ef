package io.portico.domain.staff;

import io.portico.domain.shared.NotAllowedException;
import java.util.Set;

/**
 * G2, G3: who may change whom in the team. Owners and admins manage the team; nobody touches the owner
 * but the owner handing ownership on, and nobody changes their own role or deactivates themselves, so a
 * firm can never lose its last administrator by a slip.
 */
public final class TeamRules {

    private TeamRules() {
    }

    /** @throws NotAllowedException unless {@code actor} is an active owner or admin */
    public static void requireAdministers(StaffMember actor) {
        if (!actor.active() || !actor.role().administers()) {
            throw new NotAllowedException("manage the team");
        }
    }

    /** Role, rights, deactivation and reactivation of {@code target} by {@code actor}. */
    public static void requireMayChange(StaffMember actor, StaffMember target) {
        requireAdministers(actor);
        if (target.role() == StaffRole.OWNER) {
            throw new NotAllowedException("change the owner");
        }
        if (target.id().equals(actor.id())) {
            throw new NotAllowedException("change oneself");
        }
    }

    /** Nobody is made owner except by {@link #requireMayHandOwnership}. */
    public static void requireGrantable(StaffRole role) {
        if (role == StaffRole.OWNER) {
            throw new NotAllowedException("make someone owner");
        }
    }

    /** Only the owner hands ownership on, and only to an active admin. */
    public static void requireMayHandOwnership(StaffMember actor, StaffMember target) {
        if (!actor.active() || actor.role() != StaffRole.OWNER) {
            throw new NotAllowedException("hand ownership on");
        }
        if (!target.active() || target.role() != StaffRole.ADMIN) {
            throw new NotAllowedException("hand ownership to anyone but an active admin");
        }
    }

    /** Rights are an employee's; owners and admins hold everything already, so theirs are kept empty. */
    public static Set<StaffRight> rightsFor(StaffRole role, Set<StaffRight> rights) {
        return role == StaffRole.EMPLOYEE ? Set.copyOf(rights) : Set.of();
    }
}
