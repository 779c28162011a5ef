package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.domain.account.AccountType;
import io.portico.domain.staff.StaffId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Item 11: the Home dashboard's figures in two aggregate statements, whatever the number of accounts: the
 * accounts by type, and the accounts with LOGIN on by whether an address has a portal user — the same tests
 * as the list's portal filter ({@link JooqAccountListAdapter}), counted once per account.
 */
@Repository
class JooqAccountFiguresAdapter implements AccountFiguresPort {

    /**
     * Every address with LOGIN on, linked (V10's partial index on email_access where login) or kept (B8), with
     * whether it has a portal user, folded per account. {0} keeps the accounts the viewer may see.
     */
    private static final String PORTAL = """
            select count(*) filter (where per_account.active) as active,
                   count(*) filter (where per_account.pending) as pending,
                   count(*) as login_on
            from (
                select l.account_id, bool_or(l.activated) as active, bool_or(not l.activated) as pending
                from (
                    select ea.account_id, exists(select 1 from portal_user pu where pu.email_key = ea.email_key) as activated
                    from email_access ea where ea.login
                    union all
                    select ua.account_id, exists(select 1 from portal_user pu where pu.email_key = ua.email_key)
                    from unlinked_access ua
                ) l
                where {0}
                group by l.account_id
            ) per_account""";

    private final DSLContext dsl;

    JooqAccountFiguresAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public AccountFigures figures(Optional<StaffId> visibleTo) {
        Map<AccountType, Long> byType = dsl.select(ACCOUNT.TYPE, count())
                .from(ACCOUNT)
                .where(visibleTo.map(staff -> onTeam(ACCOUNT.ID, staff)).orElse(noCondition()))
                .groupBy(ACCOUNT.TYPE)
                .fetchMap(row -> AccountType.valueOf(row.value1()), row -> row.value2().longValue());
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        Record portal = dsl.resultQuery(PORTAL, visibleTo.map(staff -> onTeam(field("l.account_id", UUID.class), staff))
                .orElse(noCondition())).fetchOne();
        return new AccountFigures(byType, Map.of(
                PortalStatus.ACTIVE, portal.get("active", Long.class),
                PortalStatus.PENDING_ACTIVATION, portal.get("pending", Long.class),
                PortalStatus.NO_ACCESS, total - portal.get("login_on", Long.class)));
    }

    private static Condition onTeam(Field<UUID> account, StaffId staff) {
        return exists(selectOne().from(ACCOUNT_TEAM).where(ACCOUNT_TEAM.ACCOUNT_ID.eq(account)).and(ACCOUNT_TEAM.STAFF_ID.eq(staff.value())));
    }
}
