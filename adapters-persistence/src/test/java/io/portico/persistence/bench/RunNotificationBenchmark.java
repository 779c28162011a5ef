package io.portico.persistence.bench;

import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.notification.port.out.NotificationDeliveryPort.SentNotification;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Recipient;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Wanted;
import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationEvent;
import io.portico.persistence.mail.MailAdapters;
import io.portico.persistence.notification.NotificationAdapters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Issue 11, Speed: a bulk email's notifications on the data of {@link GenerateBenchData} — MESSAGE_RECEIVED raised
 * for {@code -Dportico.notify.accounts} accounts (default 10 000; half with one NOTIFY address, half with two, so
 * ≈ 15 000 recipients) — as our code writes it (the recipients adapter's one query, then the outbox's batched
 * inserts, then the deliveries' batched inserts) beside one hand-written {@code INSERT … SELECT} of the same outbox
 * rows. Only database work is timed: the mails' bodies are made beforehand (a fixed text of a rendered mail's size).
 * Each run is one transaction, rolled back. {@code -Dportico.iterations} (default 5) timed runs per side after one
 * untimed, taking turns at going first. A tool, not a test: it prints figures and never fails.
 */
public final class RunNotificationBenchmark {

    /** The outbox rows as one statement: the same recipients (NOTIFY on, preferences, locked categories), the same columns. */
    private static final String RAW_INSERT = """
            insert into mail_outbox (id, recipient, subject, html_body, text_body, status, failed_attempts, next_attempt_at, queued_at)
            select gen_random_uuid(), ce.email, ?, ?, ?, 'PENDING', 0, ?, ?
            from unnest(?::uuid[]) as w(account_id)
            join email_access ea on ea.account_id = w.account_id and ea.notify
            join contact_email ce on ce.contact_id = ea.contact_id and ce.email_key = ea.email_key
            left join firm f on true
            left join notification_preference np
                   on np.account_id = ea.account_id and np.contact_id = ea.contact_id and np.email_key = ea.email_key
            where np.account_id is null or np.all_categories or 'CHATS_AND_CLIENT_TASKS' = any(np.categories)
               or 'CHATS_AND_CLIENT_TASKS' = any(f.locked_notification_categories)""";

    private static final String SUBJECT = "Message: Your 2025 tax return";
    private static final String TEXT = "x".repeat(900);
    private static final String HTML = "x".repeat(3_000);

    private final DataSource dataSource;
    private final int iterations = Integer.getInteger("portico.iterations", 5);
    private final int accounts = Integer.getInteger("portico.notify.accounts", 10_000);

    private RunNotificationBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase database = BenchDatabase.open()) {
            new RunNotificationBenchmark(database.dataSource()).run(database.description());
        }
    }

    private void run(String description) throws SQLException {
        List<UUID> sample = new ArrayList<>(accountsWithNotify(1, accounts / 2));
        sample.addAll(accountsWithNotify(2, accounts - sample.size()));
        System.out.printf("%,d accounts in %s; MESSAGE_RECEIVED for %,d of them; %d runs per side after one warm-up%n",
                count("select count(*) from account"), description, sample.size(), iterations);
        long[][] ours = new long[iterations][];
        long[] raw = new long[iterations];
        for (int i = -1; i < iterations; i++) {
            boolean oursFirst = i % 2 == 0;
            long[] o = oursFirst ? ours(sample) : null;
            long r = raw(sample);
            if (!oursFirst) {
                o = ours(sample);
            }
            if (i >= 0) {
                ours[i] = o;
                raw[i] = r;
            }
        }
        print(ours, raw);
    }

    /** Our path, timed per step: {recipients, outbox, deliveries, recipients found}. */
    private long[] ours(List<UUID> sample) throws SQLException {
        List<Wanted> wanted = sample.stream().map(id -> new Wanted(new AccountId(id), NotificationEvent.MESSAGE_RECEIVED.category())).toList();
        UUID message = UUID.randomUUID();
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            try {
                long start = System.nanoTime();
                List<Recipient> found = NotificationAdapters.recipients(dsl).recipients(wanted);
                long resolved = System.nanoTime();
                List<OutgoingMail> mails = found.stream().map(r -> new OutgoingMail(r.to().email(), SUBJECT, HTML, TEXT)).toList();
                long made = System.nanoTime();
                List<UUID> ids = MailAdapters.outbox(dsl).enqueueAll(mails, now);
                long queued = System.nanoTime();
                List<SentNotification> sent = new ArrayList<>();
                for (int i = 0; i < found.size(); i++) {
                    sent.add(new SentNotification(message, wanted.get(found.get(i).notification()).account(), found.get(i).to().email(),
                            ids.get(i)));
                }
                long listed = System.nanoTime();
                NotificationAdapters.deliveries(dsl).recordSent(sent);
                long recorded = System.nanoTime();
                return new long[] {resolved - start, queued - made, recorded - listed, found.size()};
            } finally {
                connection.rollback();
            }
        }
    }

    private long raw(List<UUID> sample) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(RAW_INSERT)) {
                java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
                insert.setString(1, SUBJECT);
                insert.setString(2, HTML);
                insert.setString(3, TEXT);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.setArray(6, connection.createArrayOf("uuid", sample.toArray()));
                long start = System.nanoTime();
                insert.executeUpdate();
                return System.nanoTime() - start;
            } finally {
                connection.rollback();
            }
        }
    }

    private void print(long[][] ours, long[] raw) {
        System.out.println();
        System.out.println("| run | recipients | ours: resolve | ours: outbox | ours: resolve + outbox | SQL: INSERT … SELECT | ours / SQL | ours: deliveries |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < ours.length; i++) {
            long both = ours[i][0] + ours[i][1];
            System.out.printf("| %d | %,d | %s | %s | %s | %s | %.2f | %s |%n", i + 1, ours[i][3], ms(ours[i][0]), ms(ours[i][1]), ms(both),
                    ms(raw[i]), (double) both / raw[i], ms(ours[i][2]));
        }
        double oursMedian = median(Arrays.stream(ours).mapToLong(o -> o[0] + o[1]).toArray());
        double rawMedian = median(raw);
        System.out.printf("%nmedian: ours %s ms (resolve + outbox), SQL %s ms, ours / SQL %.2f%n", ms(oursMedian), ms(rawMedian),
                oursMedian / rawMedian);
    }

    private List<UUID> accountsWithNotify(int addresses, int limit) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select account_id from email_access where notify group by account_id having count(*) = ? limit ?")) {
            select.setInt(1, addresses);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static String ms(double millis) {
        return String.format("%.0f", millis);
    }

    private static String ms(long nanos) {
        return ms(nanos / 1e6);
    }
}
