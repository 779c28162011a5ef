package io.portico.domain.twofactor;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Whose second factor: a staff member's or a portal client's. Both enrol and check the same way. */
public sealed interface SecondFactorHolder {

    record Staff(StaffId id) implements SecondFactorHolder {
        public Staff {
            Objects.requireNonNull(id, "id");
        }
    }

    record Client(PortalUserId id) implements SecondFactorHolder {
        public Client {
            Objects.requireNonNull(id, "id");
        }
    }
}
