package io.portico.application.account;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.domain.account.AccountId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAccountArchive implements AccountArchivePort {

    private final Map<AccountId, Instant> archived = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> archivedAt(AccountId account) {
        return Optional.ofNullable(archived.get(account));
    }

    @Override
    public void archive(AccountId account, Instant at) {
        archived.putIfAbsent(account, at);
    }

    @Override
    public void restore(AccountId account) {
        archived.remove(account);
    }
}
