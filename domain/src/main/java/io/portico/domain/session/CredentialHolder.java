package io.portico.domain.session;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Someone who signs in, whose credentials (password epoch, second factors) are theirs: a staff member or a portal user. */
public sealed interface CredentialHolder {

    record Staff(StaffId id) implements CredentialHolder {
        public Staff {
            Objects.requireNonNull(id, "id");
        }
    }

    record Portal(PortalUserId id) implements CredentialHolder {
        public Portal {
            Objects.requireNonNull(id, "id");
        }
    }
}
