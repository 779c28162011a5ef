package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.STAFF;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import io.portico.application.staff.port.AccountToReassign;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Accounts kept by one member alone, and handing them on (G2's deactivation). */
@Repository
class JooqSoleTeamAccountsAdapter implements SoleTeamAccountsPort {

    private final DSLContext dsl;

    JooqSoleTeamAccountsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AccountToReassign> soleMemberOf(StaffId member) {
        var others = ACCOUNT_TEAM.as("others");
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME).from(ACCOUNT)
                .join(ACCOUNT_TEAM).on(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT.ID), ACCOUNT_TEAM.STAFF_ID.eq(member.value()))
                .where(notExists(selectOne().from(others).join(STAFF).on(STAFF.ID.eq(others.STAFF_ID))
                        .where(others.ACCOUNT_ID.eq(ACCOUNT.ID), others.STAFF_ID.ne(member.value()),
                                STAFF.STATUS.eq(StaffStatus.ACTIVE.name()))))
                .orderBy(ACCOUNT.NAME)
                .fetch(row -> new AccountToReassign(new AccountId(row.value1()), row.value2()));
    }

    /** The accounts' versions go up as any team change's does, so an edit made meanwhile is told it is stale. */
    @Override
    public void addToTeams(StaffId member, Collection<AccountId> accounts) {
        List<UUID> ids = accounts.stream().map(AccountId::value).toList();
        if (ids.isEmpty()) {
            return;
        }
        dsl.insertInto(ACCOUNT_TEAM, ACCOUNT_TEAM.ACCOUNT_ID, ACCOUNT_TEAM.STAFF_ID)
                .select(dsl.select(ACCOUNT.ID, val(member.value())).from(ACCOUNT).where(ACCOUNT.ID.in(ids)))
                .onConflictDoNothing()
                .execute();
        dsl.update(ACCOUNT).set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1)).where(ACCOUNT.ID.in(ids)).execute();
    }
}
