package io.portico.application.bulk.port.in;

import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;

import io.portico.domain.staff.StaffId;

/** E3: what the bulk edit dialog shows before anything changes. */
public interface BulkAccessQuery {

    /** How many accounts the viewer may see match the list's filter: the N of "all N accounts matching the filter". */
    long matching(StaffId viewer, AccountFilter filter);

    /** Item 4: what the edit would change and skip; refused unless the viewer may edit accounts. */
    BulkAccessPreview preview(BulkAccessCommand command);
}
