package io.portico.application.account.port.out;

import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;

/** Accounts with their team and their contact links (including each address's toggles). */
public interface AccountPort {

    /** Stores a new account at version 0. */
    void add(Account account, StaffId by, Instant at);

    Optional<Account> find(AccountId id);

    /**
     * Replaces the stored account if it is still at {@code account.version()}, and raises the version.
     *
     * @throws io.portico.domain.shared.StaleRecordException naming who saved it last, and when, otherwise
     */
    void update(Account account, StaffId by, Instant at);
}
