package io.portico.application.account;

import io.portico.application.account.port.AccountListLayout;
import io.portico.application.account.port.out.AccountListLayoutPort;
import io.portico.domain.staff.StaffId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAccountListLayouts implements AccountListLayoutPort {

    private final Map<StaffId, AccountListLayout> layouts = new ConcurrentHashMap<>();

    @Override
    public Optional<AccountListLayout> find(StaffId staff) {
        return Optional.ofNullable(layouts.get(staff));
    }

    @Override
    public void save(StaffId staff, AccountListLayout layout) {
        layouts.put(staff, layout);
    }
}
