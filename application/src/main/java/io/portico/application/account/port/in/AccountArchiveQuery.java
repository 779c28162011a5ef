package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;

/** Issue 14, item 1: the profile's "Archived on …" banner. */
public interface AccountArchiveQuery {

    /** When the account was archived; empty while it is active, or when the viewer may not see it. */
    Optional<Instant> archivedAt(StaffId viewer, AccountId account);
}
