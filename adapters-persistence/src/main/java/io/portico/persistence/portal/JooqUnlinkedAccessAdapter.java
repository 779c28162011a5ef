package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.UNLINKED_ACCESS;

import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** B8: the unlinked_access rows; {@link JooqPortalAccessAdapter} counts them as LOGIN on. */
@Repository
class JooqUnlinkedAccessAdapter implements UnlinkedAccessPort {

    private final DSLContext dsl;

    JooqUnlinkedAccessAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void keep(UnlinkedEmail email) {
        dsl.insertInto(UNLINKED_ACCESS)
                .set(UNLINKED_ACCESS.ACCOUNT_ID, email.account().value())
                .set(UNLINKED_ACCESS.EMAIL, email.email().value())
                .set(UNLINKED_ACCESS.SINCE, email.since())
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<UnlinkedEmail> unlinked(AccountId account) {
        return dsl.select(UNLINKED_ACCESS.EMAIL, UNLINKED_ACCESS.SINCE).from(UNLINKED_ACCESS)
                .where(UNLINKED_ACCESS.ACCOUNT_ID.eq(account.value()))
                .orderBy(UNLINKED_ACCESS.EMAIL_KEY)
                .fetch(row -> new UnlinkedEmail(account, new EmailAddress(row.value1()), row.value2()));
    }

    @Override
    public boolean remove(AccountId account, EmailAddress email) {
        return dsl.deleteFrom(UNLINKED_ACCESS)
                .where(UNLINKED_ACCESS.ACCOUNT_ID.eq(account.value()))
                .and(UNLINKED_ACCESS.EMAIL_KEY.eq(email.lookupKey()))
                .execute() > 0;
    }
}
