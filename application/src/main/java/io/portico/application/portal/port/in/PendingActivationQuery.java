package io.portico.application.portal.port.in;

import io.portico.application.portal.port.PendingCursor;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** B3: Clients → Pending activation, on the accounts the viewer may see (F2). */
public interface PendingActivationQuery {

    /** At most {@code limit} rows after {@code after}, longest pending first. */
    List<PendingActivation> page(StaffId viewer, Optional<PendingCursor> after, int limit);
}
