package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static org.jooq.impl.DSL.inline;

import io.portico.application.portal.port.in.LoginActivity;
import io.portico.application.portal.port.out.LoginActivityPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** F3: the account's LOGIN rows that have a portal user, with its last login, in one statement. */
@Repository
class JooqLoginActivityAdapter implements LoginActivityPort {

    private static final Field<String> CONTACT_NAME = CONTACT.FIRST_NAME.concat(inline(" ")).concat(CONTACT.LAST_NAME);

    private final DSLContext dsl;

    JooqLoginActivityAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LoginActivity> portalUsers(AccountId account) {
        return dsl.select(CONTACT_EMAIL.EMAIL, CONTACT_NAME, PORTAL_USER.LAST_LOGIN_AT)
                .from(EMAIL_ACCESS)
                .join(PORTAL_USER).on(PORTAL_USER.EMAIL_KEY.eq(EMAIL_ACCESS.EMAIL_KEY))
                .join(CONTACT).on(CONTACT.ID.eq(EMAIL_ACCESS.CONTACT_ID))
                .join(CONTACT_EMAIL).on(CONTACT_EMAIL.CONTACT_ID.eq(EMAIL_ACCESS.CONTACT_ID))
                .and(CONTACT_EMAIL.EMAIL_KEY.eq(EMAIL_ACCESS.EMAIL_KEY))
                .where(EMAIL_ACCESS.ACCOUNT_ID.eq(account.value()))
                .and(EMAIL_ACCESS.LOGIN)
                .orderBy(PORTAL_USER.LAST_LOGIN_AT.desc().nullsLast(), EMAIL_ACCESS.EMAIL_KEY.collate("C"))
                .fetch(row -> new LoginActivity(new EmailAddress(row.value1()), row.value2(), Optional.ofNullable(row.value3())));
    }
}
