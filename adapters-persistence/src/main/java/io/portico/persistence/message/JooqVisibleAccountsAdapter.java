package io.portico.persistence.message;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.message.port.out.VisibleAccountsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * F2 for a chunk of accounts in one query: the team filter applies unless the viewer sees every account; an archived
 * account is reached by no message (issue 14, item 1).
 */
@Repository
class JooqVisibleAccountsAdapter implements VisibleAccountsPort {

    private final DSLContext dsl;

    JooqVisibleAccountsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<AccountId> visible(AccountVisibility viewer, Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Condition asked = ACCOUNT.ID.eq(any(ids.stream().map(AccountId::value).toArray(UUID[]::new))).and(ACCOUNT.ARCHIVED_AT.isNull());
        Condition seen = viewer.seesAll() ? asked : asked.and(exists(selectOne().from(ACCOUNT_TEAM)
                .where(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT.ID), ACCOUNT_TEAM.STAFF_ID.eq(viewer.viewer().value()))));
        return new HashSet<>(dsl.select(ACCOUNT.ID).from(ACCOUNT).where(seen).fetch(row -> new AccountId(row.value1())));
    }
}
