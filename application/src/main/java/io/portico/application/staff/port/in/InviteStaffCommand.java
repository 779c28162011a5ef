package io.portico.application.staff.port.in;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.TeamRules;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** G2: a colleague to invite, with the role and rights they get and the language of their mail. */
public record InviteStaffCommand(StaffId actor, PersonName name, EmailAddress email, StaffRole role, Set<StaffRight> rights,
                                 Locale language) {

    public InviteStaffCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
        TeamRules.requireGrantable(role);
        rights = TeamRules.rightsFor(role, rights);
    }

    /** From form input, each value checked in the order the form shows them. */
    public static InviteStaffCommand of(StaffId actor, String firstName, String lastName, String email, StaffRole role,
                                        Set<StaffRight> rights, Locale language) {
        return new InviteStaffCommand(actor, new PersonName(firstName, lastName), EmailAddress.of("email", email), role, rights,
                language);
    }
}
