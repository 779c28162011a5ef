package io.portico.persistence.bench;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessHistory;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.access.AccessAdapters;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.audit.AuditAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.staff.StaffAdapters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * On the data of {@link GenerateBenchData}: p50 and p95 of our code path (the jOOQ adapters, as the
 * screens call them) and of the same work as hand-written SQL over plain JDBC, for the search (E2) by
 * name and by email fragment, the first list page (E1), a list page at depth 500 000 reached by
 * scrolling (keyset), opening a profile, and turning one address's NOTIFY on (F5, with the rows each side
 * writes). The search is also timed as it was before V19 ("today"), the reference ours must beat. A tool,
 * not a test: it prints figures and never fails.
 *
 * <p>{@code -Dportico.iterations} (default 200) timed runs per scenario and side, after
 * {@code -Dportico.warmup} (default 50) untimed ones. All sides get the same inputs (the toggle: inputs
 * alike) and take turns at going first with each new one, so all meet the same caches.
 */
public final class RunBenchmark {

    /** As the screens ask: ClientSearch shows 20 hits, AccountsView pages by 50. */
    private static final int SEARCH_LIMIT = 20;
    private static final int PAGE = 50;
    private static final int DEPTH = 500_000;

    /**
     * The search before V19, the reference ours is measured against: three searches of 50 hits each, on
     * the stored search texts and trigram indexes of V8 (which the benchmark keeps in its own database, see
     * {@link #keepTodaysSearchIndexes}), as hand-written SQL for every account (no viewer restriction).
     * {@code :name} marks a parameter.
     */
    private static final String TODAY_SEARCH = """
            with hit as (
                (select a.id as account_id, a.name as matched
                 from account a where a.search_text like search_form(:contains) limit 50)
                union all
                (select ac.account_id, c.first_name || ' ' || c.last_name
                 from contact c join account_contact ac on ac.contact_id = c.id where c.search_text like search_form(:contains) limit 50)
                union all
                (select ac.account_id, e.email
                 from contact_email e join account_contact ac on ac.contact_id = e.contact_id
                 where e.search_text like search_form(:contains) and :addresses limit 50)
            ), best as (
                select distinct on (h.account_id) h.account_id, h.matched,
                       h.matched ilike :prefix as prefix,
                       similarity(lower(h.matched), lower(:fragment)) as score
                from hit h
                where h.matched ilike :contains
                order by h.account_id, prefix desc, score desc
            ), top as (
                select * from best order by prefix desc, score desc, lower(matched), account_id limit :limit
            )
            select t.account_id, a.name, t.matched
            from top t join account a on a.id = t.account_id
            order by t.prefix desc, t.score desc, lower(t.matched), t.account_id""";

    /**
     * Our search (V19's one search table, V21's prefix index) as one would write it by hand, for every account: like ours, one
     * statement with its values written in.
     */
    private static final String RAW_SEARCH = """
            with hit as (
                (select l.account_id, s.matched
                 from search_entry s
                 cross join lateral (
                     select s.source_id as account_id where s.kind = 'account'
                     union all
                     select ac.account_id from account_contact ac where s.kind <> 'account' and ac.contact_id = s.source_id
                 ) l
                 where s.search_text like search_form(:contains) and (s.kind <> 'email' or :addresses)
                 limit 50)
                union all
                (select l.account_id, s.matched
                 from search_entry s
                 cross join lateral (
                     select s.source_id as account_id where s.kind = 'account'
                     union all
                     select ac.account_id from account_contact ac where s.kind <> 'account' and ac.contact_id = s.source_id
                 ) l
                 where lower(s.matched) like lower(:prefix) and (s.kind <> 'email' or :addresses)
                 order by lower(s.matched) using ~<~
                 limit 50)
            ), best as (
                select distinct on (h.account_id) h.account_id, h.matched,
                       h.matched ilike :prefix as prefix,
                       similarity(lower(h.matched), lower(:fragment)) as score
                from hit h
                where h.matched ilike :contains
                order by h.account_id, prefix desc, score desc
            ), top as (
                select * from best order by prefix desc, score desc, lower(matched), account_id limit :limit
            )
            select t.account_id, a.name, t.matched
            from top t join account a on a.id = t.account_id
            order by t.prefix desc, t.score desc, lower(t.matched), t.account_id""";

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private static final String RAW_PAGE = """
            select a.id, a.name, a.type,
                   array(select s.first_name || ' ' || s.last_name from account_team t join staff s on s.id = t.staff_id
                         where t.account_id = a.id order by 1) as team,
                   exists (select 1 from email_access x where x.account_id = a.id and x.login) as login,
                   exists (select 1 from email_access x where x.account_id = a.id and x.notify) as notify,
                   exists (select 1 from email_access x where x.account_id = a.id and x.email_sync) as email_sync
            from account a
            where a.id in (select id from account %s order by lower(name), id limit ?)
            order by lower(a.name), a.id""";

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final AccountListPort list;
    private final AccountPort accounts;
    private final ContactPort contacts;
    private final AccessAuditPort audit;
    private final int iterations = Integer.getInteger("portico.iterations", 200);
    private final int warmup = Integer.getInteger("portico.warmup", 50);
    private final List<String[]> results = new ArrayList<>();
    private final List<String> rowsWritten = new ArrayList<>();

    private RunBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        this.list = AccountAdapters.list(dsl);
        this.accounts = AccountAdapters.accounts(dsl);
        this.contacts = ContactAdapters.contacts(dsl);
        this.audit = AuditAdapters.audit(dsl);
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase database = BenchDatabase.open()) {
            new RunBenchmark(database.dataSource()).run(database.description());
        }
    }

    private void run(String description) throws SQLException {
        long total = single("select count(*) from account", rs -> rs.getLong(1));
        if (total == 0) {
            throw new IllegalStateException("No accounts: run the generator first (exec:java@generate)");
        }
        System.out.printf("%,d accounts in %s; %d iterations per scenario after %d warm-up%n", total, description,
                iterations, warmup);
        keepTodaysSearchIndexes();
        Random random = new Random(1);
        List<String> names = sample("select name from account tablesample system (1) limit 400");
        List<String> emails = sample("select email_key from contact_email tablesample system (1) limit 400");
        List<UUID> ids = sample("select id from account tablesample system (1) limit 400");
        // fragments as people type them: 3 to 6 letters from inside one word of a name ("ossi", "garc"),
        // 4 to 8 characters from inside an address's local part ("rio.ro")
        List<String> nameFragments = names.stream()
                .map(name -> Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(word -> word.length() >= 3).toList())
                .filter(words -> !words.isEmpty())
                .map(words -> fragment(words.get(random.nextInt(words.size())), 3, 6, random))
                .toList();
        List<String> emailFragments = emails.stream().map(email -> fragment(email.substring(0, email.indexOf('@')), 4, 8, random))
                .map(String::strip).filter(fragment -> fragment.length() >= 2).toList();

        scenario("search by name fragment", i -> rawSearch(TODAY_SEARCH, at(nameFragments, i)),
                i -> list.search(at(nameFragments, i), Optional.empty(), SEARCH_LIMIT), i -> rawStaticSearch(at(nameFragments, i)));
        scenario("search by email fragment", i -> rawSearch(TODAY_SEARCH, at(emailFragments, i)),
                i -> list.search(at(emailFragments, i), Optional.empty(), SEARCH_LIMIT), i -> rawStaticSearch(at(emailFragments, i)));

        AccountListRequest first = AccountListRequest.firstPage(Optional.empty(), PAGE);
        scenario("first list page", i -> list.page(first), i -> rawPage(null, null));

        // the row a scroll to depth 500 000 ends on, found once; then only the keyset page after it is timed
        long depth = Math.min(DEPTH, total - PAGE);
        String cursorName = single("select name from account order by lower(name), id offset " + (depth - 1) + " limit 1",
                rs -> rs.getString(1));
        UUID cursorId = single("select id from account order by lower(name), id offset " + (depth - 1) + " limit 1",
                rs -> rs.getObject(1, UUID.class));
        AccountListRequest deep = first.after(new AccountRow(new AccountId(cursorId), cursorName, AccountType.OTHER, List.of(),
                false, false, false));
        scenario(String.format("list page at depth %,d", depth), i -> list.page(deep), i -> rawPage(cursorName, cursorId));

        scenario("open profile", i -> ourProfile(at(ids, i)), i -> rawProfile(at(ids, i)));

        toggleScenario();

        System.out.println();
        String format = "| %-28s | %8s | %8s | %8s | %8s | %12s | %10s | %10s | %14s |%n";
        System.out.printf(format, "scenario", "ours p50", "ours p95", "SQL p50", "SQL p95", "p95 ours/SQL", "today p50", "today p95",
                "p95 today/ours");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        results.forEach(row -> System.out.printf(format, (Object[]) row));
        System.out.println();
        rowsWritten.forEach(System.out::println);
    }

    /**
     * Turning one address's NOTIFY on (F5), on accounts with 3 linked contacts: each run turns on another
     * address that had it off (ours and SQL take turns from one list), so every run writes. Before the
     * timed runs, one run per side counts the rows it writes, by table, from the transaction's statistics.
     */
    private void toggleScenario() throws SQLException {
        int runs = warmup + iterations;
        List<Toggle> toggles = toggles(2 * runs);
        if (toggles.size() < 2 * runs + 2) {
            System.out.println("turn NOTIFY on: too few accounts with 3 contacts and NOTIFY off; skipped");
            return;
        }
        rowsWritten.add("turn NOTIFY on, rows written — ours: " + counted(tx -> oursTurnNotifyOn(tx, toggles.get(0)))
                + "; SQL: " + counted(tx -> tx.connection(connection -> rawTurnNotifyOn(connection, toggles.get(1)))));
        List<Toggle> timed = toggles.subList(2, toggles.size());
        // ours and SQL never turn on the same address: ours the even entries, SQL the odd ones
        scenario("turn NOTIFY on (3 contacts)", i -> dsl.transaction(tx -> oursTurnNotifyOn(tx.dsl(), timed.get(2 * i))),
                i -> rawInTransaction(timed.get(2 * i + 1)));
    }

    /**
     * Our code path for "turn NOTIFY on", in one transaction, as EditLinksService takes it: the account's
     * access loaded, the toggle turned, only what changed saved, and the event's history entry written.
     */
    private void oursTurnNotifyOn(DSLContext tx, Toggle toggle) {
        Instant now = Instant.now();
        Actor by = Actor.staff(toggle.by());
        AccountAccess access = AccessAdapters.load(tx).load(new AccountId(toggle.account())).orElseThrow();
        List<AccessEvent> events = access.turn(new ContactId(toggle.contact()), new EmailAddress(toggle.email()), AccessToggle.NOTIFY,
                true, Optional.empty(), by, now);
        AccessAdapters.save(tx).save(access, events, toggle.by(), now);
        var history = new AccessHistory(AuditAdapters.audit(tx), StaffAdapters.staff(tx), ContactAdapters.contacts(tx));
        events.forEach(history::on);
    }

    /** The same change by hand: the address's access row, and its history entry. */
    private static void rawTurnNotifyOn(Connection connection, Toggle toggle) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update email_access set notify = true where account_id = ? and contact_id = ? and email_key = ?");
             PreparedStatement history = connection.prepareStatement("""
                     insert into access_audit (account_id, changed_by, changed_at, event_type, subject, old_value, new_value)
                     values (?, ?, now(), 'NOTIFY', ?, 'off', 'on')""")) {
            update.setObject(1, toggle.account());
            update.setObject(2, toggle.contact());
            update.setString(3, toggle.emailKey());
            update.executeUpdate();
            history.setObject(1, toggle.account());
            history.setObject(2, toggle.by().value());
            history.setString(3, toggle.email());
            history.executeUpdate();
        }
    }

    private void rawInTransaction(Toggle toggle) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            rawTurnNotifyOn(connection, toggle);
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code change} in a transaction and counts the rows it inserted, updated and deleted, per table:
     * the transaction's statistics after it less before (they may still hold an earlier transaction's).
     */
    private String counted(Consumer<DSLContext> change) {
        return dsl.transactionResult(tx -> {
            Map<String, Long> before = rowsWrittenByTable(tx.dsl());
            change.accept(tx.dsl());
            List<String> tables = new ArrayList<>();
            long total = 0;
            for (var table : rowsWrittenByTable(tx.dsl()).entrySet()) {
                long rows = table.getValue() - before.getOrDefault(table.getKey(), 0L);
                if (rows > 0) {
                    tables.add(table.getKey() + " " + rows);
                    total += rows;
                }
            }
            return total + " (" + String.join(", ", tables) + ")";
        });
    }

    private static Map<String, Long> rowsWrittenByTable(DSLContext tx) {
        return tx.resultQuery("""
                select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_xact_user_tables
                order by 2 desc, 1""").fetchMap(row -> row.get(0, String.class), row -> row.get(1, Long.class));
    }

    /** Addresses with NOTIFY off, one per account with exactly 3 linked contacts, from a sample of the accounts. */
    private List<Toggle> toggles(int wanted) throws SQLException {
        List<Toggle> toggles = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select distinct on (a.id) a.id, x.contact_id, x.email_key, e.email, a.updated_by
                     from account a tablesample system (5)
                     join email_access x on x.account_id = a.id and not x.notify
                     join contact_email e on e.contact_id = x.contact_id and e.email_key = x.email_key
                     where (select count(*) from account_contact l where l.account_id = a.id) = 3
                     order by a.id, x.contact_id, x.email_key
                     limit ?""")) {
            statement.setInt(1, wanted + 2);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    toggles.add(new Toggle(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), new StaffId(rs.getObject(5, UUID.class))));
                }
            }
        }
        return toggles;
    }

    /** One address of one account, and the staff member who turns its NOTIFY on. */
    private record Toggle(UUID account, UUID contact, String emailKey, String email, StaffId by) {
    }

    /**
     * The reference search needs V8's stored search texts and their trigram indexes, which V20 dropped:
     * they are made again in the bench database when missing (once; minutes at a million accounts).
     */
    private void keepTodaysSearchIndexes() throws SQLException {
        String[][] sources = {{"account", "name"}, {"contact", "first_name || ' ' || last_name"}, {"contact_email", "email"}};
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] source : sources) {
                String table = source[0];
                try (ResultSet rs = statement.executeQuery("select to_regclass('" + table + "_search_idx') is null")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        continue;
                    }
                }
                System.out.printf("Making V8's search text and index of %s again for the reference search%n", table);
                statement.execute("alter table " + table + " add column if not exists search_text text not null "
                        + "generated always as (search_form(" + source[1] + ")) stored");
                statement.execute("create index " + table + "_search_idx on " + table + " using gin (search_text gin_trgm_ops)");
                statement.execute("alter table " + table + " alter column search_text set statistics 1000");
                statement.execute("vacuum (analyze) " + table);
            }
        }
    }

    /** Our code path when a profile opens (AccountProfileService): the account, its contacts, its access history. */
    private void ourProfile(UUID id) {
        var account = accounts.find(new AccountId(id)).orElseThrow();
        contacts.findAll(account.links().stream().map(ContactLink::contactId).toList());
        audit.history(account.id(), 50);
    }

    private void rawProfile(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            List<UUID> contactIds = new ArrayList<>();
            drain(connection, "select * from account where id = ?", id);
            drain(connection, "select staff_id from account_team where account_id = ?", id);
            try (PreparedStatement links = connection.prepareStatement("""
                    select l.contact_id, l.description, l.signer_priority, l.signer_authority,
                           e.email, x.login, x.notify, x.email_sync
                    from account_contact l
                    left join email_access x on x.account_id = l.account_id and x.contact_id = l.contact_id
                    left join contact_email e on e.contact_id = x.contact_id and e.email_key = x.email_key
                    where l.account_id = ?
                    order by l.position, e.position""")) {
                links.setObject(1, id);
                try (ResultSet rs = links.executeQuery()) {
                    while (rs.next()) {
                        contactIds.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            drain(connection, """
                    select c.*, e.email from contact c left join contact_email e on e.contact_id = c.id
                    where c.id = any (?) order by c.id, e.position""", connection.createArrayOf("uuid", contactIds.toArray()));
            drain(connection, "select * from access_audit where account_id = ? order by changed_at desc, id desc limit 50", id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The search before V19, as it ran: its planner settings, then the statement, in a transaction. */
    private void rawSearch(String sql, String fragment) {
        Map<String, Object> values = searchValues(fragment);
        List<Object> parameters = new ArrayList<>();
        String jdbc = PARAMETER.matcher(sql).replaceAll(match -> {
            parameters.add(values.get(match.group(1)));
            return "?";
        });
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                // as ours: a plan for this fragment, no parallel workers
                settings.execute("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('max_parallel_workers_per_gather', '0', true)");
            }
            try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
                for (int p = 0; p < parameters.size(); p++) {
                    statement.setObject(p + 1, parameters.get(p));
                }
                drain(statement);
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rawStaticSearch(String fragment) {
        Map<String, Object> values = searchValues(fragment);
        String sql = PARAMETER.matcher(RAW_SEARCH).replaceAll(match -> {
            Object value = values.get(match.group(1));
            return Matcher.quoteReplacement(value instanceof String text ? "'" + text.replace("'", "''") + "'" : value.toString());
        });
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            drain(statement.executeQuery(sql));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> searchValues(String fragment) {
        String literal = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Map.of("contains", "%" + literal + "%", "prefix", literal + "%", "fragment", fragment,
                "addresses", fragment.chars().noneMatch(Character::isWhitespace), "limit", SEARCH_LIMIT);
    }

    private void rawPage(String afterName, UUID afterId) {
        String sql = String.format(RAW_PAGE, afterName == null ? "" : "where (lower(name), id) > (lower(?), ?)");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            if (afterName != null) {
                statement.setString(p++, afterName);
                statement.setObject(p++, afterId);
            }
            statement.setInt(p, PAGE);
            drain(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void scenario(String name, IntConsumer ours, IntConsumer raw) {
        scenario(name, null, ours, raw);
    }

    /**
     * Warms up every side, then times them in turns; records p50 and p95 of each and the ratios of the
     * p95s. {@code today} (or null) is the search as it was before V19, the reference ours is measured against.
     */
    private void scenario(String name, IntConsumer today, IntConsumer ours, IntConsumer raw) {
        List<IntConsumer> sides = today == null ? List.of(ours, raw) : List.of(ours, raw, today);
        for (int i = 0; i < warmup; i++) {
            for (IntConsumer side : sides) {
                side.accept(i);
            }
        }
        long[][] nanos = new long[sides.size()][iterations];
        for (int i = 0; i < iterations; i++) {
            // a different input than in the warm-up where there are many
            int input = warmup + i;
            // who goes first takes the cache misses of a new input: each side in turn
            for (int k = 0; k < sides.size(); k++) {
                int side = (i + k) % sides.size();
                nanos[side][i] = time(sides.get(side), input);
            }
        }
        double oursP95 = percentile(nanos[0], 95);
        double rawP95 = percentile(nanos[1], 95);
        String[] row = {name, ms(percentile(nanos[0], 50)), ms(oursP95), ms(percentile(nanos[1], 50)), ms(rawP95),
                String.format("%.2f", oursP95 / rawP95), "", "", ""};
        if (today != null) {
            double todayP95 = percentile(nanos[2], 95);
            row[6] = ms(percentile(nanos[2], 50));
            row[7] = ms(todayP95);
            row[8] = String.format("%.2f", todayP95 / oursP95);
        }
        results.add(row);
        System.out.printf("%-28s ours p50 %s p95 %s | SQL p50 %s p95 %s | ratio %s | today p50 %s p95 %s | today/ours %s%n",
                (Object[]) row);
    }

    private static long time(IntConsumer call, int input) {
        long start = System.nanoTime();
        call.accept(input);
        return System.nanoTime() - start;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String ms(double millis) {
        return String.format("%.2f", millis);
    }

    private static <T> T at(List<T> values, int i) {
        return values.get(i % values.size());
    }

    private static String fragment(String text, int min, int max, Random random) {
        int length = Math.min(text.length(), min + random.nextInt(max - min + 1));
        int start = random.nextInt(text.length() - length + 1);
        return text.substring(start, start + length);
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T single(String sql, Reader<T> reader) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return reader.read(rs);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> sample(String sql) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql + " -- " + System.nanoTime());
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.add((T) rs.getObject(1));
            }
        }
        return values;
    }

    private static void drain(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            drain(statement);
        }
    }

    /** Reads every column of every row, as a mapper would. */
    private static void drain(PreparedStatement statement) throws SQLException {
        drain(statement.executeQuery());
    }

    private static void drain(ResultSet result) throws SQLException {
        try (ResultSet rs = result) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }
}
