package io.portico.application.audit.port.out;

import io.portico.application.audit.port.in.AccessChange;
import io.portico.domain.account.AccountId;
import java.util.List;

/** The access history of accounts: toggles, team members, links and addresses. Append-only. */
public interface AccessAuditPort {

    void record(AccessChange change);

    /** Newest first. */
    List<AccessChange> history(AccountId account, int limit);
}
