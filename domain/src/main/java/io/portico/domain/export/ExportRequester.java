package io.portico.domain.export;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 14 item 3: who asked for an export — the only one who may download it. */
public sealed interface ExportRequester {

    /** A staff member exporting an account they may see. */
    record Staff(StaffId id) implements ExportRequester {

        public Staff {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A client exporting their own data from the portal. */
    record Client(PortalUserId id) implements ExportRequester {

        public Client {
            Objects.requireNonNull(id, "id");
        }
    }
}
