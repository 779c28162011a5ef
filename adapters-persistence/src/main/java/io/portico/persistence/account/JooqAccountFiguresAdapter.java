package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
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
 * Item 11: the Home dashboard's figures in two aggregate statements over V41's indexes: the accounts by type,
 * and the accounts with LOGIN on by whether an address has a portal user — the same tests as the list's portal
 * filter ({@link JooqAccountListAdapter}), counted once per account. NO_ACCESS is the rest.
 */
@Repository
class JooqAccountFiguresAdapter implements AccountFiguresPort {

    /**
     * The addresses with LOGIN on, linked (V41's email_access_login_account_idx, in account order) and kept (B8),
     * each folded per account into "someone activated" and "someone pending", then joined per account. {0} and
     * {1} keep the active accounts (issue 14, item 1) the viewer may see.
     */
    private static final String PORTAL = """
            select count(*) filter (where coalesce(l.active, false) or coalesce(k.active, false)) as active,
                   count(*) filter (where coalesce(l.pending, false) or coalesce(k.pending, false)) as pending,
                   count(*) as login_on
            from (
                select ea.account_id, bool_or(pu.email_key is not null) as active, bool_or(pu.email_key is null) as pending
                from email_access ea left join portal_user pu on pu.email_key = ea.email_key
                where ea.login and {0}
                group by ea.account_id
            ) l
            full join (
                select ua.account_id, bool_or(pu.email_key is not null) as active, bool_or(pu.email_key is null) as pending
                from unlinked_access ua left join portal_user pu on pu.email_key = ua.email_key
                where {1}
                group by ua.account_id
            ) k on k.account_id = l.account_id""";

    private final DSLContext dsl;

    JooqAccountFiguresAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public AccountFigures figures(Optional<StaffId> visibleTo) {
        Map<AccountType, Long> byType = dsl.select(ACCOUNT.TYPE, count())
                .from(ACCOUNT)
                .where(ACCOUNT.ARCHIVED_AT.isNull())
                .and(visibleTo.map(staff -> onTeam(ACCOUNT.ID, staff)).orElse(noCondition()))
                .groupBy(ACCOUNT.TYPE)
                .fetchMap(row -> AccountType.valueOf(row.value1()), row -> row.value2().longValue());
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        Record portal = dsl.resultQuery(PORTAL, counted(visibleTo, "ea.account_id"), counted(visibleTo, "ua.account_id")).fetchSingle();
        return new AccountFigures(byType, Map.of(
                PortalStatus.ACTIVE, portal.get("active", Long.class),
                PortalStatus.PENDING_ACTIVATION, portal.get("pending", Long.class),
                PortalStatus.NO_ACCESS, total - portal.get("login_on", Long.class)));
    }

    private static Condition counted(Optional<StaffId> visibleTo, String account) {
        Field<UUID> id = field(account, UUID.class);
        return notExists(selectOne().from(ACCOUNT).where(ACCOUNT.ID.eq(id)).and(ACCOUNT.ARCHIVED_AT.isNotNull()))
                .and(visibleTo.map(staff -> onTeam(id, staff)).orElse(noCondition()));
    }

    private static Condition onTeam(Field<UUID> account, StaffId staff) {
        return exists(selectOne().from(ACCOUNT_TEAM).where(ACCOUNT_TEAM.ACCOUNT_ID.eq(account)).and(ACCOUNT_TEAM.STAFF_ID.eq(staff.value())));
    }
}
