package io.portico.application.portal;

import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * B9: the team of a self-signed-up account — the members chosen in settings who are still active, or
 * else the firm's owner, and (G2) every employee with default account access. Asked at the moment of signing up,
 * so a later demotion or departure counts.
 */
public final class SignupTeam {

    /** The members, and the one recorded as having saved the new records (the database wants a staff member). */
    public record Chosen(Set<StaffId> members, StaffId recordedBy) {
    }

    private final PortalSettingsPort settings;
    private final StaffPort staff;
    private final DefaultAccountAccess defaultAccess;

    public SignupTeam(PortalSettingsPort settings, StaffPort staff) {
        this.settings = settings;
        this.staff = staff;
        this.defaultAccess = new DefaultAccountAccess(staff);
    }

    public Chosen now() {
        Set<StaffId> chosen = settings.load().signupTeam();
        List<StaffMember> active = staff.active();
        List<StaffMember> members = active.stream().filter(member -> chosen.contains(member.id())).toList();
        if (members.isEmpty()) {
            members = active.stream().filter(member -> member.role() == StaffRole.OWNER).toList();
        }
        if (members.isEmpty()) {
            throw new IllegalStateException("the firm has no active owner to look after self-signed-up accounts");
        }
        StaffId recordedBy = members.stream().min(Comparator.comparing((StaffMember m) -> m.role()).thenComparing(m -> m.id().value()))
                .orElseThrow().id();
        return new Chosen(defaultAccess.joining(members.stream().map(StaffMember::id).collect(Collectors.toUnmodifiableSet())),
                recordedBy);
    }
}
