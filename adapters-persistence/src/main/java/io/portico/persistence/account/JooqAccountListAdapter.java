package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_SORT_KEY;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TAG;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.STAFF;
import static io.portico.persistence.jooq.Tables.TAG;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.SearchHit;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.persistence.tag.TagMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.conf.StatementType;
import org.springframework.stereotype.Repository;

/**
 * The account list and the search, each one statement that returns one screenful: the database
 * filters, sorts and pages, helped by the indexes of V2.
 */
@Repository
class JooqAccountListAdapter implements AccountListPort {

    /** The list's order, and the key of {@code account_name_idx}. */
    private static final Field<String> SORT_NAME = lower(ACCOUNT.NAME);

    private static final Field<String> FULL_NAME = STAFF.FIRST_NAME.concat(inline(" ")).concat(STAFF.LAST_NAME);

    private static final Field<List<String>> TEAM_NAMES = multiset(
            select(FULL_NAME)
                    .from(ACCOUNT_TEAM)
                    .join(STAFF).on(STAFF.ID.eq(ACCOUNT_TEAM.STAFF_ID))
                    .where(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT.ID))
                    .orderBy(FULL_NAME))
            .convertFrom(rows -> rows.map(row -> row.value1()));

    /** A5: the account's tags, by name. */
    private static final Field<List<Tag>> TAGS = multiset(
            select(TAG.ID, TAG.SCOPE, TAG.NAME, TAG.COLOR)
                    .from(ACCOUNT_TAG)
                    .join(TAG).on(TAG.ID.eq(ACCOUNT_TAG.TAG_ID))
                    .where(ACCOUNT_TAG.ACCOUNT_ID.eq(ACCOUNT.ID))
                    .orderBy(lower(TAG.NAME), TAG.ID))
            .convertFrom(rows -> rows.map(Records.mapping(TagMapper::toTag)));

    /**
     * E2. One "contains" on the search form (V8's {@code search_form}) of every text the search looks in
     * (V19's search_entry: account names, contacts' full names, addresses; {0} is {@code %fragment%}), each
     * hit taken to its account (a contact's through its links), then checked against the real text; of an
     * account's hits the best is kept: a prefix match, then the most similar text ({1} the fragment followed
     * by {@code %}, {2} the fragment). {3} keeps the accounts the viewer may see (of {@code l}), {4} is the
     * limit. {6} leaves out the addresses for a fragment with a blank, which no address contains: its
     * trigrams are those of word boundaries, found in nearly every row.
     *
     * <p>The hits stop at {5} ({@link #CANDIDATES}) rows, so that PostgreSQL may choose: for a common
     * fragment ("mar" is in a tenth of all names, "gmail" in a third of all addresses) reading the table
     * until it has met {5} matches costs a millisecond, where the trigram index would first list every
     * match; for a rare one, the index. When there are more matches than that, the first {5} found, of any
     * kind, are ranked; one more letter typed narrows it. So that this cut never drops what ranks first,
     * the texts that start with the fragment are looked up apart (V21's prefix index, the first {5} in
     * alphabetical order: the shortest, most similar, first). The viewer's restriction applies before
     * either cut, and so does {7}, which leaves out archived accounts (issue 14, item 1: one probe of V54's small
     * partial index of archived ids each). Only the {4} best are joined to their account.
     */
    private static final String SEARCH = """
            with hit as (
                (select l.account_id, s.matched
                 from search_entry s
                 cross join lateral (
                     select s.source_id as account_id where s.kind = 'account'
                     union all
                     select ac.account_id from account_contact ac where s.kind <> 'account' and ac.contact_id = s.source_id
                 ) l
                 where s.search_text like search_form({0}) and {6} and {3} and {7}
                 limit {5})
                union all
                (select l.account_id, s.matched
                 from search_entry s
                 cross join lateral (
                     select s.source_id as account_id where s.kind = 'account'
                     union all
                     select ac.account_id from account_contact ac where s.kind <> 'account' and ac.contact_id = s.source_id
                 ) l
                 where lower(s.matched) like lower({1}) and {6} and {3} and {7}
                 order by lower(s.matched) using ~<~
                 limit {5})
            ), best as (
                select distinct on (h.account_id) h.account_id, h.matched,
                       h.matched ilike {1} as prefix,
                       similarity(lower(h.matched), lower({2})) as score
                from hit h
                where h.matched ilike {0}
                order by h.account_id, prefix desc, score desc
            ), top as (
                select * from best order by prefix desc, score desc, lower(matched), account_id limit {4}
            )
            select t.account_id, a.name, t.matched
            from top t join account a on a.id = t.account_id
            order by t.prefix desc, t.score desc, lower(t.matched), t.account_id""";

    /**
     * Hits ranked at most of each way of finding them, see {@link #SEARCH}: texts containing the fragment
     * (of any kind), and texts starting with it.
     */
    static final int CANDIDATES = 50;

    private final DSLContext dsl;
    /**
     * For the search: its values written into the statement, so that PostgreSQL plans it for this very
     * fragment (see {@link #SEARCH}), never once for any fragment as it may a prepared statement run often;
     * and one round trip, where setting the planner up first took a transaction and two more.
     */
    private final DSLContext withValuesWrittenIn;

    JooqAccountListAdapter(DSLContext dsl) {
        this.dsl = dsl;
        this.withValuesWrittenIn = dsl.configuration()
                .deriveSettings(settings -> settings.withStatementType(StatementType.STATIC_STATEMENT)).dsl();
    }

    /**
     * Keyset pagination: the page starts right after the cursor row in (lower(name), id) order, read
     * from {@code account_name_idx}, so a deep page costs what the first one does.
     */
    @Override
    public List<AccountRow> page(AccountListRequest request) {
        Condition where = noCondition();
        where = where.and(AccountFilters.archived(request.archived()));
        where = where.and(request.visibleTo().map(AccountFilters::onTeam).orElse(noCondition()));
        where = where.and(AccountFilters.matching(request.type(), request.teamMember(), request.portalStatus(), request.tag()));
        where = where.and(afterCursor(request));
        List<SortField<?>> order = sortKeys(request.sortBy()).stream()
                .<SortField<?>>map(key -> request.descending() ? key.desc() : key.asc()).toList();
        // The page's ids first, then its columns: the planner then knows the team and indicator subqueries run
        // for one page of rows only. Asked in one query, it plans them for the whole table and may hash all of
        // email_access once per indicator (70 ms on 100 000 accounts for the first page instead of 1 ms).
        var page = select(ACCOUNT.ID).from(sorted(request.sortBy())).where(where).orderBy(order).limit(request.limit());
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.TYPE, TEAM_NAMES, field(AccountFilters.LOGIN_ON), field(AccountFilters.NOTIFY_ON),
                        field(AccountFilters.EMAIL_SYNC_ON), TAGS)
                .from(sorted(request.sortBy()))
                .where(ACCOUNT.ID.in(page))
                .orderBy(order)
                .fetch(row -> new AccountRow(new AccountId(row.value1()), row.value2(), AccountType.valueOf(row.value3()),
                        row.value4(), row.value5(), row.value6(), row.value7(), row.value8()));
    }

    /**
     * Issue 12, item 9: by name, the account alone (account_name_idx); by another column, with its row of V47's
     * account_sort_key, whose index on (key, name_key, account_id) the page is read from.
     */
    private static Table<?> sorted(AccountColumn column) {
        return column == AccountColumn.NAME ? ACCOUNT : ACCOUNT.join(ACCOUNT_SORT_KEY).on(ACCOUNT_SORT_KEY.ACCOUNT_ID.eq(ACCOUNT.ID));
    }

    private static List<Field<?>> sortKeys(AccountColumn column) {
        return column == AccountColumn.NAME ? List.of(SORT_NAME, ACCOUNT.ID)
                : List.of(sortKey(ACCOUNT_SORT_KEY, column), ACCOUNT_SORT_KEY.NAME_KEY, ACCOUNT_SORT_KEY.ACCOUNT_ID);
    }

    private static Field<?> sortKey(io.portico.persistence.jooq.tables.AccountSortKey keys, AccountColumn column) {
        return switch (column) {
            case NAME -> keys.NAME_KEY;
            case TYPE -> keys.TYPE;
            case TEAM -> keys.TEAM;
            case TAGS -> keys.TAGS;
            case LOGIN -> keys.LOGIN;
            case NOTIFY -> keys.NOTIFY;
            case EMAIL_SYNC -> keys.SYNC;
        };
    }

    /**
     * The rows after the cursor in the sort's order. By name, the cursor is the name and id given; by another
     * column, the cursor row's keys are read from its row of keys (one primary key probe), so the caller needs to
     * know no key.
     */
    @SuppressWarnings("unchecked")
    private static Condition afterCursor(AccountListRequest request) {
        if (request.afterName().isEmpty()) {
            return noCondition();
        }
        UUID afterId = request.afterId().orElseThrow().value();
        if (request.sortBy() == AccountColumn.NAME) {
            var cursor = row(lower(val(request.afterName().get())), val(afterId));
            return request.descending() ? row(SORT_NAME, ACCOUNT.ID).lt(cursor) : row(SORT_NAME, ACCOUNT.ID).gt(cursor);
        }
        Field<Object> key = (Field<Object>) sortKey(ACCOUNT_SORT_KEY, request.sortBy());
        var cursorRow = ACCOUNT_SORT_KEY.as("cursor_row");
        var cursor = select((Field<Object>) sortKey(cursorRow, request.sortBy()), cursorRow.NAME_KEY, cursorRow.ACCOUNT_ID)
                .from(cursorRow).where(cursorRow.ACCOUNT_ID.eq(afterId));
        var keys = row(key, ACCOUNT_SORT_KEY.NAME_KEY, ACCOUNT_SORT_KEY.ACCOUNT_ID);
        return request.descending() ? keys.lt(cursor) : keys.gt(cursor);
    }

    @Override
    public List<SearchHit> search(String fragment, Optional<StaffId> visibleTo, int limit) {
        String literal = escapeLike(fragment);
        Condition accountVisible = visibleTo.map(staff -> visible(field("l.account_id", UUID.class), staff)).orElse(noCondition());
        Condition kinds = fragment.chars().anyMatch(Character::isWhitespace) ? field("s.kind", String.class).ne(inline("email"))
                : noCondition();
        return withValuesWrittenIn.resultQuery(SEARCH, val("%" + literal + "%"), val(literal + "%"), val(fragment), accountVisible,
                        val(limit), inline(CANDIDATES), kinds, NOT_ARCHIVED)
                .fetch(row -> new SearchHit(new AccountId(row.get(0, UUID.class)), row.get(1, String.class), row.get(2, String.class)));
    }

    /** Issue 14, item 1: the search's hit is of an active account. */
    private static final Condition NOT_ARCHIVED = notExists(selectOne().from(ACCOUNT)
            .where(ACCOUNT.ID.eq(field("l.account_id", UUID.class))).and(ACCOUNT.ARCHIVED_AT.isNotNull()));

    /** The account of {@code accountId} has {@code staff} on its team (search: the rows are plain SQL). */
    private static Condition visible(Field<UUID> accountId, StaffId staff) {
        return exists(selectOne().from(ACCOUNT_TEAM)
                .where(ACCOUNT_TEAM.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_TEAM.STAFF_ID.eq(staff.value())));
    }

    /** The fragment as literal text inside a LIKE pattern (backslash is PostgreSQL's escape). */
    private static String escapeLike(String fragment) {
        return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
