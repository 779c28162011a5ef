package io.portico.application.portal.port.out;

import io.portico.application.portal.port.PendingCursor;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** B3: the addresses waiting for activation, one page at a time, never all of them. */
public interface PendingActivationPort {

    /**
     * Addresses with LOGIN on and no portal user, longest pending first (see {@link PendingCursor}).
     *
     * @param visibleTo only accounts whose team has this member; empty for every account
     * @param after     the last row of the previous page; empty for the first page
     */
    List<PendingAddress> page(Optional<StaffId> visibleTo, Optional<PendingCursor> after, int limit);
}
