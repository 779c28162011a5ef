package io.portico.application.account;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.in.FindAccountsQuery;
import io.portico.application.account.port.SearchHit;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

public final class FindAccountsService implements FindAccountsQuery {

    static final int MIN_FRAGMENT = 2;

    private final AccountListPort list;
    private final Viewers viewers;

    public FindAccountsService(AccountListPort list, Viewers viewers) {
        this.list = list;
        this.viewers = viewers;
    }

    @Override
    public List<AccountRow> page(StaffId viewer, AccountListRequest request) {
        return list.page(request.visibleTo(restriction(viewer)));
    }

    /** E2: results from the second character typed on. */
    @Override
    public List<SearchHit> search(StaffId viewer, String fragment, int limit) {
        String trimmed = fragment == null ? "" : fragment.strip();
        return trimmed.length() < MIN_FRAGMENT ? List.of() : list.search(trimmed, restriction(viewer), limit);
    }

    private Optional<StaffId> restriction(StaffId viewer) {
        return viewers.of(viewer).seesAll() ? Optional.empty() : Optional.of(viewer);
    }
}
