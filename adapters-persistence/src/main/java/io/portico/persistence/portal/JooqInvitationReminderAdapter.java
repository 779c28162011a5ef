package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.LINK_INVITATION;
import static io.portico.persistence.jooq.Tables.MAILED_LINK;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.portal.port.out.DueReminder;
import io.portico.application.portal.port.out.InvitationReminderPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Issue 11, item 5: the due invitations are locked with {@code FOR UPDATE … SKIP LOCKED} and marked reminded in
 * the caller's transaction, so another node's claim skips them now and finds them reminded once it commits.
 */
@Repository
class JooqInvitationReminderAdapter implements InvitationReminderPort {

    private final DSLContext dsl;

    JooqInvitationReminderAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DueReminder> claimDue(Instant now, Duration before, int limit) {
        var due = dsl.select(LINK_INVITATION.TOKEN_HASH, LINK_INVITATION.ACCOUNT_ID, LINK_INVITATION.EMAIL, MAILED_LINK.EXPIRES_AT)
                .from(LINK_INVITATION).join(MAILED_LINK).on(MAILED_LINK.TOKEN_HASH.eq(LINK_INVITATION.TOKEN_HASH))
                .where(LINK_INVITATION.REMINDED_AT.isNull())
                .and(open(now))
                .and(MAILED_LINK.EXPIRES_AT.le(now.plus(before)))
                .and(exists(selectOne().from(EMAIL_ACCESS).where(EMAIL_ACCESS.ACCOUNT_ID.eq(LINK_INVITATION.ACCOUNT_ID))
                        .and(EMAIL_ACCESS.EMAIL_KEY.eq(MAILED_LINK.HOLDER)).and(EMAIL_ACCESS.LOGIN)))
                .and(notExists(selectOne().from(PORTAL_USER).where(PORTAL_USER.EMAIL_KEY.eq(MAILED_LINK.HOLDER))))
                // issue 14, item 1: no reminder to an archived account's address
                .and(notExists(selectOne().from(ACCOUNT).where(ACCOUNT.ID.eq(LINK_INVITATION.ACCOUNT_ID)).and(ACCOUNT.ARCHIVED_AT.isNotNull())))
                .orderBy(MAILED_LINK.EXPIRES_AT)
                .limit(limit)
                .forUpdate().of(LINK_INVITATION).skipLocked()
                .fetch();
        dsl.update(LINK_INVITATION).set(LINK_INVITATION.REMINDED_AT, now)
                .where(LINK_INVITATION.TOKEN_HASH.in(due.map(row -> row.value1())))
                .execute();
        return due.map(row -> new DueReminder(new AccountId(row.value2()), new EmailAddress(row.value3()), row.value4()));
    }

    @Override
    public void markReminded(EmailAddress email, Instant now) {
        dsl.update(LINK_INVITATION).set(LINK_INVITATION.REMINDED_AT, now)
                .from(MAILED_LINK)
                .where(MAILED_LINK.TOKEN_HASH.eq(LINK_INVITATION.TOKEN_HASH))
                .and(MAILED_LINK.HOLDER.eq(email.lookupKey()))
                .and(LINK_INVITATION.REMINDED_AT.isNull())
                .and(open(now))
                .execute();
    }

    private static Condition open(Instant now) {
        return MAILED_LINK.PURPOSE.eq(inline(LinkPurpose.PORTAL_INVITATION.name()))
                .and(MAILED_LINK.USED_AT.isNull())
                .and(MAILED_LINK.VOIDED_AT.isNull())
                .and(MAILED_LINK.EXPIRES_AT.gt(now));
    }
}
