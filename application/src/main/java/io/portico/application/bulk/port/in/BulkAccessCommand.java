package io.portico.application.bulk.port.in;

import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;

import io.portico.domain.bulk.BulkAccessChange;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** E3: Clients → Accounts → More actions → Edit LOGIN, NOTIFY, EMAIL SYNC, for the selected accounts. */
public record BulkAccessCommand(StaffId by, AccountSelection selection, BulkAccessChange change) {

    public BulkAccessCommand {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(change, "change");
    }
}
