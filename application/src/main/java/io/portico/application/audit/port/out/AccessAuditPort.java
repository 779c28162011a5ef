package io.portico.application.audit.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.HistoryEntry;
import java.util.List;

/** The access history of accounts: toggles, team members, links and addresses, as data. Append-only. */
public interface AccessAuditPort {

    void record(HistoryEntry entry);

    /** {@link #record} for many entries (E3: a bulk edit's chunk), in their order, in as few statements as the store allows. */
    default void recordAll(List<HistoryEntry> entries) {
        entries.forEach(this::record);
    }

    /** Newest first; of entries at the same instant, the one recorded last first. */
    List<HistoryEntry> history(AccountId account, int limit);
}
