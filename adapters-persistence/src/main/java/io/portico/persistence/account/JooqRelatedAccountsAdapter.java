package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.account.port.RelatedAccount;
import io.portico.application.account.port.out.RelatedAccountsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.AccountContact;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** F4: related accounts — one query: the accounts with a link to any contact linked to this one. */
@Repository
class JooqRelatedAccountsAdapter implements RelatedAccountsPort {

    private final DSLContext dsl;

    JooqRelatedAccountsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RelatedAccount> sharingContacts(AccountId account, Optional<StaffId> teamMember) {
        AccountContact mine = ACCOUNT_CONTACT.as("mine");
        AccountContact theirs = ACCOUNT_CONTACT.as("theirs");
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME).from(ACCOUNT)
                .where(ACCOUNT.ID.ne(account.value()))
                .and(exists(selectOne().from(mine).join(theirs).on(theirs.CONTACT_ID.eq(mine.CONTACT_ID))
                        .where(mine.ACCOUNT_ID.eq(account.value()))
                        .and(theirs.ACCOUNT_ID.eq(ACCOUNT.ID))))
                .and(teamMember.map(JooqRelatedAccountsAdapter::onTeam).orElse(noCondition()))
                .orderBy(ACCOUNT.NAME, ACCOUNT.ID)
                .fetch(row -> new RelatedAccount(new AccountId(row.value1()), row.value2()));
    }

    private static Condition onTeam(StaffId staff) {
        return exists(selectOne().from(ACCOUNT_TEAM)
                .where(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT.ID))
                .and(ACCOUNT_TEAM.STAFF_ID.eq(staff.value())));
    }
}
