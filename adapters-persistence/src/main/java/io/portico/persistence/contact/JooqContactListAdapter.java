package io.portico.persistence.contact;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;

import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

/** E4: contacts by (lower(last), lower(first), id), a page at a time after the last row shown. */
@Repository
class JooqContactListAdapter implements ContactListPort {

    private final DSLContext dsl;

    JooqContactListAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ContactRow> page(ContactListRequest request) {
        Field<String> primaryEmail = field(select(CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL)
                .where(CONTACT_EMAIL.CONTACT_ID.eq(CONTACT.ID)).orderBy(CONTACT_EMAIL.POSITION).limit(inline(1)));
        Field<List<String>> accounts = multiset(select(ACCOUNT.NAME).from(ACCOUNT_CONTACT).join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID))
                .where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID)).orderBy(lower(ACCOUNT.NAME)))
                .convertFrom(result -> result.map(Record1::value1));
        return dsl.select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, coalesce(primaryEmail, inline("")), accounts)
                .from(CONTACT)
                .where(visibleTo(request)).and(after(request))
                .orderBy(lower(CONTACT.LAST_NAME), lower(CONTACT.FIRST_NAME), CONTACT.ID)
                .limit(request.limit())
                .fetch(r -> new ContactRow(new ContactId(r.value1()), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public List<AccountId> linkedAccounts(ContactId contact) {
        return dsl.select(ACCOUNT_CONTACT.ACCOUNT_ID).from(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.CONTACT_ID.eq(contact.value()))
                .fetch(r -> new AccountId(r.value1()));
    }

    private static Condition visibleTo(ContactListRequest request) {
        return request.visibleTo().map(JooqContactListAdapter::onTeamOf).orElse(trueCondition());
    }

    private static Condition onTeamOf(io.portico.domain.staff.StaffId member) {
        return exists(selectOne().from(ACCOUNT_CONTACT)
                .join(ACCOUNT_TEAM).on(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID))
                .where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID))
                .and(ACCOUNT_TEAM.STAFF_ID.eq(member.value())));
    }

    /** Rows after the cursor in the index order: one range scan, however deep the page. */
    private static Condition after(ContactListRequest request) {
        return request.after().map(last -> row(lower(CONTACT.LAST_NAME), lower(CONTACT.FIRST_NAME), CONTACT.ID)
                        .gt(row(lower(inline(last.lastName())), lower(inline(last.firstName())), inline(last.id().value()))))
                .orElse(trueCondition());
    }
}
