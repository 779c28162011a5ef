package io.portico.persistence.contact;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.CONTACT_TAG;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.SEARCH_ENTRY;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.val;
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
import io.portico.application.contact.port.ContactMatch;
import io.portico.domain.staff.StaffId;
import java.util.Optional;
import java.util.UUID;
import org.jooq.conf.StatementType;
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

    /**
     * Issue 12, item 8: the account search (see JooqAccountListAdapter's SEARCH) over the contacts' texts of
     * V19's search_entry only, whose source is the contact itself: a "contains" scan cut at {5} hits and the
     * texts starting with the fragment (V21's prefix index), ranked prefix first, then by similarity. {0} is
     * {@code %fragment%}, {1} {@code fragment%}, {2} the fragment, {3} who may link it, {4} the limit, {6} leaves
     * out the addresses for a fragment with a blank.
     */
    private static final String SEARCH = """
            with hit as (
                (select s.source_id as contact_id, s.matched
                 from search_entry s
                 where s.kind <> 'account' and s.search_text like search_form({0}) and {6} and {3}
                 limit {5})
                union all
                (select s.source_id, s.matched
                 from search_entry s
                 where lower(s.matched) like lower({1}) and s.kind <> 'account' and {6} and {3}
                 order by lower(s.matched) using ~<~
                 limit {5})
            ), best as (
                select distinct on (h.contact_id) h.contact_id, h.matched,
                       h.matched ilike {1} as prefix,
                       similarity(lower(h.matched), lower({2})) as score
                from hit h
                where h.matched ilike {0}
                order by h.contact_id, prefix desc, score desc
            ), top as (
                select * from best order by prefix desc, score desc, lower(matched), contact_id limit {4}
            )
            select c.id, c.first_name || ' ' || c.last_name,
                   array(select e.email from contact_email e where e.contact_id = c.id order by e.position)
            from top t join contact c on c.id = t.contact_id
            order by t.prefix desc, t.score desc, lower(t.matched), t.contact_id""";

    /** As the account search's: at most this many hits of each way of finding them are ranked. */
    static final int CANDIDATES = 50;

    private final DSLContext dsl;
    /** The search's values written into the statement, so it is planned for this very fragment (as the account search). */
    private final DSLContext withValuesWrittenIn;

    JooqContactListAdapter(DSLContext dsl) {
        this.dsl = dsl;
        this.withValuesWrittenIn = dsl.configuration()
                .deriveSettings(settings -> settings.withStatementType(StatementType.STATIC_STATEMENT)).dsl();
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
                .and(request.search().map(JooqContactListAdapter::containing).orElse(noCondition()))
                .and(request.tag().map(tag -> exists(selectOne().from(CONTACT_TAG)
                        .where(CONTACT_TAG.CONTACT_ID.eq(CONTACT.ID)).and(CONTACT_TAG.TAG_ID.eq(tag.value())))).orElse(noCondition()))
                .and(request.portalAccess().map(JooqContactListAdapter::withPortalAccess).orElse(noCondition()))
                .orderBy(lower(CONTACT.LAST_NAME), lower(CONTACT.FIRST_NAME), CONTACT.ID)
                .limit(request.limit())
                .fetch(r -> new ContactRow(new ContactId(r.value1()), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public List<AccountId> linkedAccounts(ContactId contact) {
        return dsl.select(ACCOUNT_CONTACT.ACCOUNT_ID).from(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.CONTACT_ID.eq(contact.value()))
                .fetch(r -> new AccountId(r.value1()));
    }

    @Override
    public List<ContactMatch> matching(String fragment, Optional<StaffId> linkableBy, int limit) {
        String literal = escapeLike(fragment);
        Condition linkable = linkableBy.map(JooqContactListAdapter::linkableBy).orElse(noCondition());
        Condition kinds = fragment.chars().anyMatch(Character::isWhitespace) ? field("s.kind", String.class).ne(inline("email"))
                : noCondition();
        return withValuesWrittenIn.resultQuery(SEARCH, val("%" + literal + "%"), val(literal + "%"), val(fragment), linkable,
                        val(limit), inline(CANDIDATES), kinds)
                .fetch(row -> new ContactMatch(new ContactId(row.get(0, UUID.class)), row.get(1, String.class),
                        List.of(row.get(2, String[].class))));
    }

    /**
     * The hit's contact is on an account whose team has the member, or on no account (then nobody's to hide): one
     * probe of the contact's links per hit. Written as EXISTS … OR NOT EXISTS, PostgreSQL hashes every account of
     * the member's team first (3.5 s at a million accounts for an employee on 80,000 of them, 0.4 s so).
     */
    private static Condition linkableBy(StaffId member) {
        Field<UUID> contact = field("s.source_id", UUID.class);
        return condition(coalesce(field(select(boolOr(ACCOUNT_TEAM.STAFF_ID.isNotNull()))
                .from(ACCOUNT_CONTACT)
                .leftJoin(ACCOUNT_TEAM).on(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID)).and(ACCOUNT_TEAM.STAFF_ID.eq(member.value()))
                .where(ACCOUNT_CONTACT.CONTACT_ID.eq(contact))), inline(true)));
    }

    /**
     * Issue 12, item 9: the contact's name or an address contains the text. A probe of search_entry's primary key
     * per contact row, so the list's keyset walk of contact_name_idx stays as it is for a common text; for a rare
     * one PostgreSQL may start from the trigram index instead.
     */
    private static Condition containing(String text) {
        String pattern = "%" + escapeLike(text) + "%";
        return exists(selectOne().from(SEARCH_ENTRY)
                .where(SEARCH_ENTRY.SOURCE_ID.eq(CONTACT.ID)).and(SEARCH_ENTRY.KIND.in(inline("contact"), inline("email")))
                .and(SEARCH_ENTRY.SEARCH_TEXT.like(field("search_form({0})", String.class, val(pattern))))
                .and(SEARCH_ENTRY.MATCHED.likeIgnoreCase(pattern)));
    }

    /** Issue 12, item 9: an address of the contact has LOGIN on an account (email_access_email_idx leads with contact_id). */
    private static Condition withPortalAccess(boolean wanted) {
        Condition login = exists(selectOne().from(EMAIL_ACCESS).where(EMAIL_ACCESS.CONTACT_ID.eq(CONTACT.ID)).and(EMAIL_ACCESS.LOGIN));
        return wanted ? login : not(login);
    }

    /** The text as literal text inside a LIKE pattern (backslash is PostgreSQL's escape). */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
