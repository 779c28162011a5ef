package io.portico.persistence.bench;

import io.portico.application.account.Viewers;
import io.portico.application.email.AccountEmailService;
import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.email.EmailReadAdapters;
import io.portico.persistence.staff.StaffAdapters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Issue 13, Speed: opening an account's Email tab on the data of {@link GenerateBenchData}. Seeds once (kept across
 * runs): one account's addresses get EMAIL SYNC and {@code -Dportico.email.messages} (default 5 000) synced messages
 * in threads of 1–10, beside {@code -Dportico.email.noise} (default 200 000) messages of other addresses. Then times,
 * through the real use case (F2 check, EMAIL SYNC addresses, the jOOQ read adapter), the tab's first page of threads,
 * the Overview's five latest and opening a thread, {@code -Dportico.iterations} (default 250) times each after a
 * warm-up. A tool, not a test: it prints figures and never fails.
 */
public final class RunEmailTabBenchmark {

    private static final String FIRM = "studio@bench-firm.example";
    private static final String MARK = "<bench13-tab-";

    private final DataSource dataSource;
    private final int iterations = Integer.getInteger("portico.iterations", 250);
    private final int messages = Integer.getInteger("portico.email.messages", 5_000);
    private final int noise = Integer.getInteger("portico.email.noise", 200_000);

    private RunEmailTabBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase database = BenchDatabase.open()) {
            new RunEmailTabBenchmark(database.dataSource()).run(database.description());
        }
    }

    private void run(String description) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            UUID account = value(dsl, UUID.class,
                    "select account_id from email_access group by account_id having count(*) >= 2 order by account_id limit 1");
            UUID owner = value(dsl, UUID.class, "select id from staff where role = 'OWNER' and status = 'ACTIVE' order by id limit 1");
            seed(dsl, account);
            System.out.printf("%,d accounts, %,d synced messages in %s; account %s with %,d EMAIL SYNC addresses%n",
                    value(dsl, Long.class, "select count(*) from account"), value(dsl, Long.class, "select count(*) from email_message"),
                    description, account, value(dsl, Long.class, "select count(*) from email_access where account_id = ? and email_sync", account));
            EmailReadPort reads = EmailReadAdapters.reads(dsl);
            AccountEmailQuery tab = new AccountEmailService(reads,
                    new Viewers(StaffAdapters.staff(dsl), AccountAdapters.accounts(dsl), AccountAdapters.archive(dsl)));
            StaffId viewer = new StaffId(owner);
            AccountId id = new AccountId(account);
            EmailThreadPage first = tab.threads(viewer, id, Optional.empty(), 25);
            System.out.printf("first page: %d threads (of the account's %,d), next page: %s%n", first.threads().size(),
                    value(dsl, Long.class, "select count(distinct thread_id) from email_message_address a join email_access e on e.email_key = a.address "
                            + "where e.account_id = ? and e.email_sync", account), first.next().isPresent());
            UUID newest = first.threads().getFirst().id();
            List<Supplier<?>> all = List.of(() -> tab.threads(viewer, id, Optional.empty(), 25), () -> tab.threads(viewer, id, first.next(), 25),
                    () -> tab.threads(viewer, id, Optional.empty(), 5), () -> tab.thread(viewer, id, newest));
            for (int i = 0; i < 100; i++) {
                all.forEach(Supplier::get); // a running server is warm
            }
            System.out.printf("%d cores, load average before: %s%n", Runtime.getRuntime().availableProcessors(), load());
            System.out.println();
            System.out.println("| what | runs | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            time("Email tab, first page (25 threads)", () -> tab.threads(viewer, id, Optional.empty(), 25));
            time("… of which the read port alone (EMAIL SYNC addresses, page, details)",
                    () -> reads.threads(reads.syncAddresses(id), Optional.empty(), 26));
            time("Email tab, second page", () -> tab.threads(viewer, id, first.next(), 25));
            time("Overview, five latest threads", () -> tab.threads(viewer, id, Optional.empty(), 5));
            time("Opening the newest thread", () -> tab.thread(viewer, id, newest));
            System.out.printf("load average after: %s%n", load());
        }
    }

    /** The machine's load while timing: the figures mean little on a machine busy with other work. */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void time(String what, Supplier<?> work) {
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", what, iterations, nanos[iterations / 2] / 1e6,
                nanos[(int) Math.ceil(iterations * 0.95) - 1] / 1e6, nanos[iterations - 1] / 1e6);
    }

    private static <T> T value(DSLContext dsl, Class<T> type, String sql, Object... bindings) {
        return dsl.fetchSingle(sql, bindings).get(0, type);
    }

    /** Once: EMAIL SYNC on the account's addresses, its messages and the noise, each table filled by one statement. */
    private void seed(DSLContext dsl, UUID account) {
        if (dsl.fetchExists(DSL.selectOne().from("email_message").where("message_id like ?", MARK + "%"))) {
            return;
        }
        long start = System.nanoTime();
        dsl.execute("update email_access set email_sync = true where account_id = ?", account);
        String[] addresses = dsl.fetch("select distinct email_key from email_access where account_id = ? order by 1", account)
                .getValues(0, String.class).toArray(String[]::new);
        Integer[] threadOf = threads(new Random(13));
        dsl.execute("""
                insert into email_thread (id, subject, normalised_subject, last_message_at, message_count)
                select md5('bench13-tab-thread-' || t)::uuid, 'Account thread ' || t, 'account thread ' || t, now(), count(*)
                from unnest(?::int[]) as u(t) group by t""", (Object) threadOf);
        dsl.execute("""
                insert into email_message (id, message_id, thread_id, subject, from_address, sent_at, text_body, html_body, attachment_count, stored_at)
                select md5('bench13-tab-msg-' || i)::uuid, '<bench13-tab-' || i || '@bench>', md5('bench13-tab-thread-' || t)::uuid,
                       'Account thread ' || t, case when i % 2 = 0 then ? else (?::text[])[(1 + i % cardinality(?::text[]))::int] end,
                       now() - make_interval(secs => (? - i) * 6000), repeat('Dear client, ', 40), '<p>' || repeat('Dear client, ', 40) || '</p>',
                       case when i % 7 = 0 then 1 else 0 end, now()
                from unnest(?::int[]) with ordinality as u(t, i)""", FIRM, addresses, addresses, messages, threadOf);
        dsl.execute("""
                insert into email_message_address (message_id, address, role, thread_id, sent_at)
                select id, from_address, 'FROM', thread_id, sent_at from email_message where message_id like ?
                union all
                select id, case when from_address = ? then (?::text[])[1 + abs(hashtext(id::text)) % cardinality(?::text[])] else ? end,
                       'TO', thread_id, sent_at from email_message where message_id like ?""",
                MARK + "%", FIRM, addresses, addresses, FIRM, MARK + "%");
        dsl.execute("""
                insert into email_thread (id, subject, normalised_subject, last_message_at, message_count)
                select md5('bench13-noise-thread-' || g)::uuid, 'Noise ' || g, 'noise ' || g, now(), 4 from generate_series(1, ? / 4) g""", noise);
        dsl.execute("""
                insert into email_message (id, message_id, thread_id, subject, from_address, sent_at, text_body, attachment_count, stored_at)
                select md5('bench13-noise-msg-' || g)::uuid, '<bench13-noise-' || g || '@bench>', md5('bench13-noise-thread-' || (1 + g % (? / 4)))::uuid,
                       'Noise', 'noise' || (g % 20000) || '@example.org', now() - make_interval(secs => g * 150), 'Noise', 0, now()
                from generate_series(1, ?) g""", noise, noise);
        dsl.execute("""
                insert into email_message_address (message_id, address, role, thread_id, sent_at)
                select id, from_address, 'FROM', thread_id, sent_at from email_message where message_id like '<bench13-noise-%'
                union all
                select id, ?, 'TO', thread_id, sent_at from email_message where message_id like '<bench13-noise-%'""", FIRM);
        dsl.execute("analyze email_thread, email_message, email_message_address, email_access");
        System.out.printf("seeded %,d messages of the account and %,d others in %.1f s%n", messages, noise, (System.nanoTime() - start) / 1e9);
    }

    /** The thread of each of the account's messages, in time order: threads of 1–10 messages, interleaved a little. */
    private Integer[] threads(Random random) {
        List<Integer> of = new ArrayList<>();
        int thread = 0;
        while (of.size() < messages) {
            int size = 1 + random.nextInt(10);
            for (int i = 0; i < size && of.size() < messages; i++) {
                of.add(thread);
            }
            thread++;
        }
        return of.toArray(Integer[]::new);
    }
}
