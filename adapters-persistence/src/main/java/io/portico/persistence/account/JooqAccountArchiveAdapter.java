package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqAccountArchiveAdapter implements AccountArchivePort {

    private final DSLContext dsl;

    JooqAccountArchiveAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> archivedAt(AccountId account) {
        return dsl.select(ACCOUNT.ARCHIVED_AT).from(ACCOUNT).where(ACCOUNT.ID.eq(account.value()))
                .fetchOptional(ACCOUNT.ARCHIVED_AT).flatMap(Optional::ofNullable);
    }

    @Override
    public void archive(AccountId account, Instant at) {
        dsl.update(ACCOUNT).set(ACCOUNT.ARCHIVED_AT, at)
                .where(ACCOUNT.ID.eq(account.value()).and(ACCOUNT.ARCHIVED_AT.isNull())).execute();
    }

    @Override
    public void restore(AccountId account) {
        dsl.update(ACCOUNT).setNull(ACCOUNT.ARCHIVED_AT).where(ACCOUNT.ID.eq(account.value())).execute();
    }
}
