package io.portico.application.document.port.in;

import io.portico.application.document.port.DocumentRow;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** D3, item 9: an account's documents, newest first, a page at a time — for staff who may see the account now. */
public interface AccountDocumentsQuery {

    /** The documents after {@code after} (from the newest for none), at most {@code limit}; none for an account the viewer may not see. */
    List<DocumentRow> documents(StaffId viewer, AccountId account, Optional<DocumentRow> after, int limit);
}
