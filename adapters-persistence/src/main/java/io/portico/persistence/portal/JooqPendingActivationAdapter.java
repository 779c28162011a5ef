package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.LINK_INVITATION;
import static io.portico.persistence.jooq.Tables.MAILED_LINK;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.val;

import io.portico.application.portal.port.out.PendingActivationPort;
import io.portico.application.portal.port.out.PendingAddress;
import io.portico.application.portal.port.PendingCursor;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.link.MailedLinkMapper;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * B3: one statement per page, walking {@code email_access_pending_idx} from the cursor; each row's
 * latest invitation comes from a lateral look-up on {@code mailed_link_holder_idx}.
 */
@Repository
class JooqPendingActivationAdapter implements PendingActivationPort {

    /** Byte order, as the index and {@link PendingCursor} have it. */
    private static final Field<String> EMAIL_KEY = EMAIL_ACCESS.EMAIL_KEY.collate("C");

    private static final Field<String> CONTACT_NAME = CONTACT.FIRST_NAME.concat(inline(" ")).concat(CONTACT.LAST_NAME);

    private final DSLContext dsl;

    JooqPendingActivationAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PendingAddress> page(Optional<StaffId> visibleTo, Optional<PendingCursor> after, int limit) {
        Table<Record> latest = lateral(select(MAILED_LINK.fields()).select(MailedLinkMapper.INVITATION_FIELDS)
                .from(MAILED_LINK).join(LINK_INVITATION).on(LINK_INVITATION.TOKEN_HASH.eq(MAILED_LINK.TOKEN_HASH))
                .where(MAILED_LINK.PURPOSE.eq(inline(LinkPurpose.PORTAL_INVITATION.name())))
                .and(MAILED_LINK.HOLDER.eq(EMAIL_ACCESS.EMAIL_KEY))
                .orderBy(MAILED_LINK.ISSUED_AT.desc())
                .limit(1)).as("latest");
        return dsl.select(EMAIL_ACCESS.ACCOUNT_ID, ACCOUNT.NAME, EMAIL_ACCESS.CONTACT_ID, CONTACT_NAME, CONTACT_EMAIL.EMAIL,
                        EMAIL_ACCESS.LOGIN_ON_AT)
                .select(latest.fields())
                .from(EMAIL_ACCESS)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(EMAIL_ACCESS.ACCOUNT_ID))
                .join(CONTACT).on(CONTACT.ID.eq(EMAIL_ACCESS.CONTACT_ID))
                .join(CONTACT_EMAIL).on(CONTACT_EMAIL.CONTACT_ID.eq(EMAIL_ACCESS.CONTACT_ID))
                .and(CONTACT_EMAIL.EMAIL_KEY.eq(EMAIL_ACCESS.EMAIL_KEY))
                .leftJoin(latest).on(trueCondition())
                .where(EMAIL_ACCESS.LOGIN)
                .and(ACCOUNT.ARCHIVED_AT.isNull()) // issue 14, item 1: an archived account's portal access is suspended
                .and(notExists(selectOne().from(PORTAL_USER).where(PORTAL_USER.EMAIL_KEY.eq(EMAIL_ACCESS.EMAIL_KEY))))
                .and(visibleTo.map(JooqPendingActivationAdapter::onTeam).orElse(noCondition()))
                .and(after.map(JooqPendingActivationAdapter::after).orElse(noCondition()))
                .orderBy(EMAIL_ACCESS.LOGIN_ON_AT, EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_KEY)
                .limit(limit)
                .fetch(row -> {
                    return new PendingAddress(new AccountId(row.get(EMAIL_ACCESS.ACCOUNT_ID)), row.get(ACCOUNT.NAME),
                            new ContactId(row.get(EMAIL_ACCESS.CONTACT_ID)), row.get(CONTACT_NAME),
                            new EmailAddress(row.get(CONTACT_EMAIL.EMAIL)), row.get(EMAIL_ACCESS.LOGIN_ON_AT),
                            row.get(latest.field(MAILED_LINK.TOKEN_HASH)) == null ? Optional.empty()
                                    : Optional.of(MailedLinkMapper.toInvitation(row, latest)));
                });
    }

    private static Condition onTeam(StaffId member) {
        return exists(selectOne().from(ACCOUNT_TEAM).where(ACCOUNT_TEAM.ACCOUNT_ID.eq(EMAIL_ACCESS.ACCOUNT_ID))
                .and(ACCOUNT_TEAM.STAFF_ID.eq(member.value())));
    }

    private static Condition after(PendingCursor cursor) {
        return row(EMAIL_ACCESS.LOGIN_ON_AT, EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_KEY)
                .gt(val(cursor.loginOnAt()), val(cursor.account().value()), val(cursor.contact().value()),
                        val(cursor.emailKey()).collate("C"));
    }
}
