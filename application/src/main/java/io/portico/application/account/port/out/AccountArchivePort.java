package io.portico.application.account.port.out;

import io.portico.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;

/** Item 1 of "running it for real": whether an account is archived, and since when. */
public interface AccountArchivePort {

    /** When the account was archived; empty while it is active (or when there is no such account). */
    Optional<Instant> archivedAt(AccountId account);

    void archive(AccountId account, Instant at);

    void restore(AccountId account);
}
