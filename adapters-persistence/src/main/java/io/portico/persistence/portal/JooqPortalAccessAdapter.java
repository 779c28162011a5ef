package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.UNLINKED_ACCESS;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.selectOne;

import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Read from email_access, and unlinked_access (B8), at every call: LOGIN off takes effect on the client's
 * next request (B6), and so does archiving the account (issue 14, item 1), which suspends every LOGIN on it.
 */
@Repository
class JooqPortalAccessAdapter implements PortalAccessPort {

    private final DSLContext dsl;

    JooqPortalAccessAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PortalAccount> loginAccounts(EmailAddress email) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME).from(ACCOUNT)
                .where(ACCOUNT.ARCHIVED_AT.isNull())
                .and(ACCOUNT.ID.in(dsl.select(EMAIL_ACCESS.ACCOUNT_ID).from(EMAIL_ACCESS)
                        .where(EMAIL_ACCESS.EMAIL_KEY.eq(email.lookupKey())).and(EMAIL_ACCESS.LOGIN))
                        .or(ACCOUNT.ID.in(dsl.select(UNLINKED_ACCESS.ACCOUNT_ID).from(UNLINKED_ACCESS)
                                .where(UNLINKED_ACCESS.EMAIL_KEY.eq(email.lookupKey())))))
                .orderBy(lower(ACCOUNT.NAME), ACCOUNT.ID)
                .fetch(row -> new PortalAccount(new AccountId(row.value1()), row.value2()));
    }

    /** Issue 14, item 1: never on an archived account, whatever its toggles say. */
    @Override
    public boolean loginOn(AccountId account, EmailAddress email) {
        return dsl.fetchExists(selectOne().from(ACCOUNT)
                .where(ACCOUNT.ID.eq(account.value())).and(ACCOUNT.ARCHIVED_AT.isNull())
                .and(exists(selectOne().from(EMAIL_ACCESS)
                        .where(EMAIL_ACCESS.ACCOUNT_ID.eq(ACCOUNT.ID))
                        .and(EMAIL_ACCESS.EMAIL_KEY.eq(email.lookupKey()))
                        .and(EMAIL_ACCESS.LOGIN))
                        .or(exists(selectOne().from(UNLINKED_ACCESS)
                                .where(UNLINKED_ACCESS.ACCOUNT_ID.eq(ACCOUNT.ID))
                                .and(UNLINKED_ACCESS.EMAIL_KEY.eq(email.lookupKey()))))));
    }
}
