package io.portico.persistence.bench;

import io.portico.application.account.port.in.AccountListRequest;
import io.portico.application.account.port.in.AccountRow;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.audit.AuditAdapters;
import io.portico.persistence.contact.ContactAdapters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * On the data of {@link GenerateBenchData}: p50 and p95 of our code path (the jOOQ adapters, as the
 * screens call them) and of the same work as hand-written SQL over plain JDBC, for the search (E2) by
 * name and by email fragment, the first list page (E1), a list page at depth 500 000 reached by
 * scrolling (keyset), and opening a profile. A tool, not a test: it prints figures and never fails.
 *
 * <p>{@code -Dportico.iterations} (default 200) timed runs per scenario and side, after
 * {@code -Dportico.warmup} (default 50) untimed ones. Both sides get the same inputs and take turns at
 * going first with each new one, so both meet the same caches.
 */
public final class RunBenchmark {

    /** As the screens ask: ClientSearch shows 20 hits, AccountsView pages by 50. */
    private static final int SEARCH_LIMIT = 20;
    private static final int PAGE = 50;
    private static final int DEPTH = 500_000;

    /** Our search as one would write it by hand, for every account (no viewer restriction). */
    private static final String RAW_SEARCH = """
            with hit as (
                (select a.id as account_id, a.name as matched
                 from account a where a.search_text like search_form(?) limit 50)
                union all
                (select ac.account_id, c.first_name || ' ' || c.last_name
                 from contact c join account_contact ac on ac.contact_id = c.id where c.search_text like search_form(?) limit 50)
                union all
                (select ac.account_id, e.email
                 from contact_email e join account_contact ac on ac.contact_id = e.contact_id
                 where e.search_text like search_form(?) and ? limit 50)
            ), best as (
                select distinct on (h.account_id) h.account_id, h.matched,
                       h.matched ilike ? as prefix,
                       similarity(lower(h.matched), lower(?)) as score
                from hit h
                where h.matched ilike ?
                order by h.account_id, prefix desc, score desc
            ), top as (
                select * from best order by prefix desc, score desc, lower(matched), account_id limit ?
            )
            select t.account_id, a.name, t.matched
            from top t join account a on a.id = t.account_id
            order by t.prefix desc, t.score desc, lower(t.matched), t.account_id""";

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
    private final AccountListPort list;
    private final AccountPort accounts;
    private final ContactPort contacts;
    private final AccessAuditPort audit;
    private final int iterations = Integer.getInteger("portico.iterations", 200);
    private final int warmup = Integer.getInteger("portico.warmup", 50);
    private final List<String[]> results = new ArrayList<>();

    private RunBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
        DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
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

        scenario("search by name fragment", i -> list.search(at(nameFragments, i), Optional.empty(), SEARCH_LIMIT),
                i -> rawSearch(at(nameFragments, i)));
        scenario("search by email fragment", i -> list.search(at(emailFragments, i), Optional.empty(), SEARCH_LIMIT),
                i -> rawSearch(at(emailFragments, i)));

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

        System.out.println();
        System.out.printf("| %-28s | %8s | %8s | %8s | %8s | %11s |%n", "scenario", "ours p50", "ours p95", "SQL p50", "SQL p95",
                "p95 ours/SQL");
        System.out.println("|------------------------------|----------|----------|----------|----------|-------------|");
        results.forEach(row -> System.out.printf("| %-28s | %8s | %8s | %8s | %8s | %11s |%n", (Object[]) row));
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

    private void rawSearch(String fragment) {
        String literal = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String contains = "%" + literal + "%";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                // as ours: a plan for this fragment, no parallel workers
                settings.execute("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('max_parallel_workers_per_gather', '0', true)");
            }
            try (PreparedStatement statement = connection.prepareStatement(RAW_SEARCH)) {
                for (int p = 1; p <= 3; p++) {
                    statement.setString(p, contains);
                }
                statement.setBoolean(4, fragment.chars().noneMatch(Character::isWhitespace));
                statement.setString(5, literal + "%");
                statement.setString(6, fragment);
                statement.setString(7, contains);
                statement.setInt(8, SEARCH_LIMIT);
                drain(statement);
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    /** Warms up both sides, then times them in alternation; records p50, p95 and the ratio of the p95s. */
    private void scenario(String name, IntConsumer ours, IntConsumer raw) {
        for (int i = 0; i < warmup; i++) {
            ours.accept(i);
            raw.accept(i);
        }
        long[] oursNanos = new long[iterations];
        long[] rawNanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            // a different input than in the warm-up where there are many
            int input = warmup + i;
            // who goes first takes the cache misses of a new input: each side, every other time
            boolean oursFirst = i % 2 == 0;
            rawNanos[i] = oursFirst ? 0 : time(raw, input);
            oursNanos[i] = time(ours, input);
            rawNanos[i] = oursFirst ? time(raw, input) : rawNanos[i];
        }
        double oursP50 = percentile(oursNanos, 50);
        double oursP95 = percentile(oursNanos, 95);
        double rawP50 = percentile(rawNanos, 50);
        double rawP95 = percentile(rawNanos, 95);
        String[] row = {name, ms(oursP50), ms(oursP95), ms(rawP50), ms(rawP95), String.format("%.2f", oursP95 / rawP95)};
        results.add(row);
        System.out.printf("%-28s ours p50 %s p95 %s | SQL p50 %s p95 %s | ratio %s%n", (Object[]) row);
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
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }
}
