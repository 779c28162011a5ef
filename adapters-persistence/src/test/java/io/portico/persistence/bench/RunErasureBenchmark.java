package io.portico.persistence.bench;

import io.portico.application.erasure.port.ErasureCounts;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.erasure.ErasureAdapters;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Issue 14, Speed: erasing an account with {@code -Dportico.erase.contacts} (default 20) contacts and
 * {@code -Dportico.erase.messages} (default 5 000) synced messages in the database of {@link GenerateBenchData}
 * (and of {@link RunEmailTabBenchmark}'s 200 000 synced messages). Each of {@code -Dportico.iterations} (default 3)
 * runs seeds a fresh archived account (portal messages, outbox rows, notes and history beside the mail), then times
 * the preview and the erasure (one transaction). Seeding is not timed; the database ends as it began. A tool, not a
 * test: it prints figures and never fails.
 */
public final class RunErasureBenchmark {

    private static final String FIRM = "studio@bench-firm.example";

    private final int contacts = Integer.getInteger("portico.erase.contacts", 20);
    private final int messages = Integer.getInteger("portico.erase.messages", 5_000);
    private final int iterations = Integer.getInteger("portico.iterations", 3);

    public static void main(String[] args) throws Exception {
        try (BenchDatabase database = BenchDatabase.open()) {
            new RunErasureBenchmark().run(database.dataSource(), database.description());
        }
    }

    private void run(DataSource dataSource, String description) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var slowest = new java.util.TreeMap<Long, String>(java.util.Comparator.reverseOrder());
            DSLContext dsl = DSL.using(new org.jooq.impl.DefaultConfiguration().set(connection).set(SQLDialect.POSTGRES)
                    .set(org.jooq.ExecuteListener.onStart(ctx -> ctx.data("start", System.nanoTime()))
                            .onEnd(ctx -> slowest.put(System.nanoTime() - (Long) ctx.data("start"), String.valueOf(ctx.sql())))));
            UUID owner = dsl.fetchSingle("select id from staff where role = 'OWNER' and status = 'ACTIVE' order by id limit 1").get(0, UUID.class);
            firmMailbox(dsl);
            System.out.printf("%,d accounts, %,d synced messages in %s; load average before: %s%n",
                    dsl.fetchSingle("select count(*) from account").get(0, Long.class),
                    dsl.fetchSingle("select count(*) from email_message").get(0, Long.class), description, load());
            ErasureScopePort scope = ErasureAdapters.scope(dsl);
            ErasePort erase = ErasureAdapters.erase(dsl);
            System.out.println();
            System.out.println("| run | contacts | synced messages | preview ms | erase ms |");
            System.out.println("|---:|---:|---:|---:|---:|");
            for (int run = 1; run <= iterations; run++) {
                AccountId account = new AccountId(seed(dsl, owner, run));
                slowest.clear();
                long start = System.nanoTime();
                ErasureCounts preview = scope.ofAccount(account);
                long previewed = System.nanoTime();
                ErasureCounts erased = erase.eraseAccount(account, new StaffId(owner), Instant.now());
                long done = System.nanoTime();
                if (!preview.equals(erased)) {
                    System.out.println("preview and erasure counted differently: " + preview + " / " + erased);
                }
                System.out.printf("| %d | %d | %,d | %.0f | %.0f |%n", run, erased.contactsErased(), erased.syncedMails(),
                        (previewed - start) / 1e6, (done - previewed) / 1e6);
            }
            System.out.printf("load average after: %s%n", load());
            System.out.println("slowest statements of the last run:");
            slowest.entrySet().stream().limit(8).forEach(e -> System.out.printf("%6.0f ms  %s%n", e.getKey() / 1e6,
                    e.getValue().replaceAll("\\s+", " ").substring(0, Math.min(140, e.getValue().replaceAll("\\s+", " ").length()))));
        }
    }

    /** The firm's side of the mail: synced mail between clients and the firm's mailbox goes with the clients. */
    private static void firmMailbox(DSLContext dsl) {
        dsl.execute("""
                insert into mailbox (id, name, address, imap_host, imap_port, imap_security, imap_user, imap_password, smtp_host, smtp_port,
                                     smtp_security, smtp_user, smtp_password, created_at)
                select gen_random_uuid(), 'Bench', ?, 'localhost', 993, 'TLS', 'bench', '\\x00', 'localhost', 465, 'TLS', 'bench', '\\x00', now()
                where not exists (select 1 from mailbox where lower(address) = ?)""", FIRM, FIRM);
    }

    /** An archived account with its contacts, their synced mail with the firm, portal messages, outbox rows, notes and history. */
    private UUID seed(DSLContext dsl, UUID owner, int run) {
        UUID account = UUID.randomUUID();
        String tag = "erase" + run + "x" + account.toString().substring(0, 8);
        dsl.execute("insert into account (id, type, name, updated_by, updated_at, created_at, archived_at) values (?, 'INDIVIDUAL', ?, ?, now(), now(), now())",
                account, "Bench " + tag, owner);
        dsl.execute("""
                insert into contact (id, first_name, last_name, updated_by, updated_at, created_at)
                select md5(? || '-' || g)::uuid, 'First' || g, ? || g, ?, now(), now() from generate_series(1, ?) g""", tag, tag, owner, contacts);
        dsl.execute("insert into contact_email (contact_id, email, position) select md5(? || '-' || g)::uuid, ? || g || '@bench.example', 0 "
                + "from generate_series(1, ?) g", tag, tag, contacts);
        dsl.execute("insert into account_contact (account_id, contact_id, position) select ?, md5(? || '-' || g)::uuid, g from generate_series(1, ?) g",
                account, tag, contacts);
        dsl.execute("insert into email_access (account_id, contact_id, email_key, login, email_sync) "
                + "select ?, md5(? || '-' || g)::uuid, ? || g || '@bench.example', true, true from generate_series(1, ?) g", account, tag, tag, contacts);
        dsl.execute("""
                insert into email_thread (id, subject, normalised_subject, last_message_at, message_count)
                select md5(? || '-t' || g)::uuid, 'Thread ' || g, 'thread ' || g, now(), 5 from generate_series(1, ? / 5) g""", tag, messages);
        dsl.execute("""
                insert into email_message (id, message_id, thread_id, subject, from_address, sent_at, text_body, attachment_count, stored_at)
                select md5(? || '-m' || g)::uuid, '<' || ? || '-' || g || '@bench>', md5(? || '-t' || (1 + (g - 1) / 5))::uuid, 'Thread',
                       case when g % 2 = 0 then ? else ? || (1 + g % ?) || '@bench.example' end,
                       now() - make_interval(secs => g), repeat('Dear client, ', 40), 0, now()
                from generate_series(1, ?) g""", tag, tag, tag, FIRM, tag, contacts, messages);
        dsl.execute("""
                insert into email_message_address (message_id, address, role, thread_id, sent_at)
                select id, lower(from_address), 'FROM', thread_id, sent_at from email_message where message_id like ?
                union all
                select id, case when from_address = ? then ? || (1 + abs(hashtext(id::text)) % ?) || '@bench.example' else ? end, 'TO', thread_id, sent_at
                from email_message where message_id like ?""", "<" + tag + "-%", FIRM, tag, contacts, FIRM, "<" + tag + "-%");
        dsl.execute("insert into message_thread (id, account_id, subject, started_at, last_message_at) values (md5(? || '-p')::uuid, ?, 'Portal', now(), now())",
                tag, account);
        dsl.execute("insert into message (id, thread_id, sender_staff_id, text, sent_at) select gen_random_uuid(), md5(? || '-p')::uuid, ?, 'Hello', now() "
                + "from generate_series(1, 50)", tag, owner);
        dsl.execute("insert into mail_outbox (id, recipient, subject, status, next_attempt_at, queued_at, sent_at) "
                + "select gen_random_uuid(), ? || (1 + g % ?) || '@bench.example', 'Sent', 'SENT', now(), now(), now() from generate_series(1, 100) g",
                tag, contacts);
        dsl.execute("insert into account_note (id, account_id, author_id, text, created_at, updated_at) select gen_random_uuid(), ?, ?, 'Note ' || g, now(), now() "
                + "from generate_series(1, 20) g", account, owner);
        dsl.execute("insert into access_audit (account_id, changed_by, changed_at, event_type, subject, old_value, new_value) "
                + "select ?, ?, now(), 'LOGIN', ? || (1 + g % ?) || '@bench.example', 'off', 'on' from generate_series(1, 200) g", account, owner, tag, contacts);
        return account;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
