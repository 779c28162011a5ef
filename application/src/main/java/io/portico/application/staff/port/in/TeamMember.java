package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** G2: one row of the Team page; {@code invitedAt} is when the newest invitation was mailed. */
public record TeamMember(StaffId id, String name, String email, StaffRole role, Set<StaffRight> rights, StaffStatus status,
                         boolean twoFactor, Optional<Instant> lastSignIn, Optional<Instant> invitedAt) {

    public TeamMember {
        rights = Set.copyOf(rights);
    }
}
