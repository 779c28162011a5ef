package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static io.portico.persistence.jooq.Tables.UNLINKED_ACCESS;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.portal.port.LoginActivity;
import io.portico.application.portal.port.out.LoginActivityPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.springframework.stereotype.Repository;

/**
 * F3: the account's LOGIN rows that have a portal user, and its addresses kept under Unlinked emails
 * (B8) that have one, with their last login, in one statement.
 */
@Repository
class JooqLoginActivityAdapter implements LoginActivityPort {

    private static final Field<String> CONTACT_NAME = CONTACT.FIRST_NAME.concat(inline(" ")).concat(CONTACT.LAST_NAME);

    private final DSLContext dsl;

    JooqLoginActivityAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LoginActivity> portalUsers(AccountId account) {
        var activity = linked(account.value()).unionAll(kept(account.value())).asTable("activity");
        Field<String> email = activity.field("email", String.class);
        Field<String> contactName = activity.field("contact_name", String.class);
        Field<Instant> lastLoginAt = activity.field("last_login_at", Instant.class);
        Field<String> emailKey = activity.field("email_key", String.class);
        return dsl.select(email, contactName, lastLoginAt)
                .from(activity)
                .orderBy(lastLoginAt.desc().nullsLast(), emailKey.collate("C"))
                .fetch(row -> new LoginActivity(new EmailAddress(row.value1()), row.value2(),
                        Optional.ofNullable(row.value3())));
    }

    /** The addresses of linked contacts with LOGIN on. */
    private static Select<Record4<String, String, Instant, String>> linked(UUID account) {
        // named: the union's columns take the names of its first select, which the outer query refers to
        return select(CONTACT_EMAIL.EMAIL.as("email"), CONTACT_NAME.as("contact_name"), PORTAL_USER.LAST_LOGIN_AT.as("last_login_at"),
                        EMAIL_ACCESS.EMAIL_KEY.as("email_key"))
                .from(EMAIL_ACCESS)
                .join(PORTAL_USER).on(PORTAL_USER.EMAIL_KEY.eq(EMAIL_ACCESS.EMAIL_KEY))
                .join(CONTACT).on(CONTACT.ID.eq(EMAIL_ACCESS.CONTACT_ID))
                .join(CONTACT_EMAIL).on(CONTACT_EMAIL.CONTACT_ID.eq(EMAIL_ACCESS.CONTACT_ID))
                .and(CONTACT_EMAIL.EMAIL_KEY.eq(EMAIL_ACCESS.EMAIL_KEY))
                .where(EMAIL_ACCESS.ACCOUNT_ID.eq(account))
                .and(EMAIL_ACCESS.LOGIN);
    }

    /** B8: addresses kept after leaving their contact, unless a contact of the account carries one again (listed above). */
    private static Select<Record4<String, String, Instant, String>> kept(UUID account) {
        return select(UNLINKED_ACCESS.EMAIL, inline(""), PORTAL_USER.LAST_LOGIN_AT, UNLINKED_ACCESS.EMAIL_KEY)
                .from(UNLINKED_ACCESS)
                .join(PORTAL_USER).on(PORTAL_USER.EMAIL_KEY.eq(UNLINKED_ACCESS.EMAIL_KEY))
                .where(UNLINKED_ACCESS.ACCOUNT_ID.eq(account))
                .andNotExists(selectOne().from(EMAIL_ACCESS)
                        .where(EMAIL_ACCESS.ACCOUNT_ID.eq(account))
                        .and(EMAIL_ACCESS.EMAIL_KEY.eq(UNLINKED_ACCESS.EMAIL_KEY))
                        .and(EMAIL_ACCESS.LOGIN));
    }
}
