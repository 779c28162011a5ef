package io.portico.application.audit;

import io.portico.domain.account.access.HistoryEntry;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.domain.account.AccountId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryAccessAudit implements AccessAuditPort {

    private final List<HistoryEntry> changes = new CopyOnWriteArrayList<>();

    @Override
    public void record(HistoryEntry change) {
        changes.add(change);
    }

    /** As the account's deletion cascades to its history (an import's undo). */
    public void forget(AccountId account) {
        changes.removeIf(change -> change.account().equals(account));
    }

    @Override
    public List<HistoryEntry> history(AccountId account, int limit) {
        return changes.reversed().stream().filter(c -> c.account().equals(account))
                .sorted(Comparator.comparing(HistoryEntry::at).reversed())
                .limit(limit).toList();
    }
}
