package io.portico.application.access.port.out;

import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;

/** Stores what a change did to an account's access, writing only what changed. */
public interface SaveAccessPort {

    /**
     * Writes the rows the events changed — one address's toggles, one link gone, one unlinked address
     * kept or revoked — if the account is still at {@code access.version()}, and raises its version.
     *
     * @throws io.portico.domain.shared.StaleRecordException naming who saved it last, and when, otherwise
     */
    void save(AccountAccess access, List<AccessEvent> changes, StaffId by, Instant at);
}
