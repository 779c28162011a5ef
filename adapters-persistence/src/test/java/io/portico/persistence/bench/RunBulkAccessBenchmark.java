package io.portico.persistence.bench;

import io.portico.application.account.Viewers;
import io.portico.application.bulk.BulkAccessJob;
import io.portico.application.bulk.BulkAccessService;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.shared.DirectTransactions;
import io.portico.persistence.bulk.BulkAdapters;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.in.BulkAccessCommand;
import io.portico.application.contact.ContactLanguages;
import io.portico.application.firm.FirmQueryService;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.portal.BulkInvitations;
import io.portico.application.portal.PortalLinkMails;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.FixedLinks;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Invite;
import io.portico.domain.bulk.BulkAccessChange;
import io.portico.domain.bulk.ToggleChoice;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.audit.AuditAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.firm.FirmAdapters;
import io.portico.persistence.link.LinkAdapters;
import io.portico.persistence.mail.MailAdapters;
import io.portico.persistence.staff.StaffAdapters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Issue 12, Speed: a bulk edit turning LOGIN on, with invitations, for {@code -Dportico.bulk.accounts} accounts
 * (default 10 000, ≈ 20 000 addresses on the data of {@link GenerateBenchData}) — run by our BULK_ACCESS job kind
 * chunk by chunk over the real adapters (chunk read, toggles, history, invitation links, outbox rows; mails rendered by
 * a stand-in of a rendered mail's size, so what is timed is the database's work and our planning) beside one
 * hand-written statement doing the same rows (update, history, links, invitations, outbox). Each run is one
 * transaction, rolled back. {@code -Dportico.iterations} (default 3) timed runs per side after one untimed, taking
 * turns at going first. A tool, not a test: it prints figures and never fails.
 */
public final class RunBulkAccessBenchmark {

    /** The same rows as our job writes, by one statement of data-modifying CTEs. */
    private static final String HAND_SQL = """
            with changed as (
                update email_access e set login = true
                where e.account_id = any(?::uuid[]) and not e.login
                returning e.account_id, e.contact_id, e.email_key
            ), addresses as (
                select c.account_id, c.email_key, ce.email from changed c
                join contact_email ce on ce.contact_id = c.contact_id and ce.email_key = c.email_key
            ), toggled as (
                insert into access_audit (account_id, changed_by, job_id, changed_at, event_type, subject, old_value, new_value)
                select account_id, ?, ?, ?, 'LOGIN', email, 'off', 'on' from addresses
            ), invitees as (
                select distinct on (a.email_key) a.account_id, a.email_key, a.email,
                       encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex') as token
                from addresses a
                where not exists (select 1 from portal_user p where p.email_key = a.email_key)
                order by a.email_key, a.account_id
            ), voided as (
                update mailed_link m set voided_at = ?
                where m.purpose = 'PORTAL_INVITATION' and m.holder in (select email_key from invitees)
                  and m.used_at is null and m.voided_at is null
            ), issued as (
                insert into mailed_link (token_hash, purpose, holder, issued_at, expires_at)
                select token, 'PORTAL_INVITATION', email_key, ?, ? from invitees
            ), invited as (
                insert into link_invitation (token_hash, account_id, email, personal_message, invited_by)
                select token, account_id, email, 'Welcome', ? from invitees
            ), sent as (
                insert into access_audit (account_id, changed_by, job_id, changed_at, event_type, subject)
                select account_id, ?, ?, ?, 'INVITATION_SENT', email from invitees
            ), mails as (
                insert into mail_outbox (id, recipient, subject, html_body, text_body, status, failed_attempts, next_attempt_at, queued_at)
                select gen_random_uuid(), email, ?, ?, ?, 'PENDING', 0, ?, ? from invitees
            )
            select count(*) from changed""";

    private static final String QUEUED = "select count(*) from mail_outbox where subject = ? and status = 'PENDING'";
    private static final String SUBJECT = "Your client portal invitation";
    private static final String TEXT = "x".repeat(900);
    private static final String HTML = "x".repeat(3_000);

    private final DataSource dataSource;
    private final int iterations = Integer.getInteger("portico.iterations", 3);
    private final int accounts = Integer.getInteger("portico.bulk.accounts", 10_000);
    private final int chunk = Integer.getInteger("portico.bulk.chunk", 1_000);

    private RunBulkAccessBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase database = BenchDatabase.open()) {
            new RunBulkAccessBenchmark(database.dataSource()).run(database.description());
        }
    }

    private void run(String description) throws SQLException {
        UUID owner = uuid("select id from staff where role = 'OWNER' limit 1");
        List<UUID> sample = sample();
        System.out.printf("%,d accounts in %s; LOGIN on with invitations for %,d accounts (%,d contacts, %,d addresses, %,d with LOGIN off);"
                        + " chunks of %,d; %d runs per side after one warm-up%n",
                count("select count(*) from account"), description, sample.size(),
                count("select count(*) from account_contact where account_id = any(?::uuid[])", sample),
                count("select count(*) from email_access where account_id = any(?::uuid[])", sample),
                count("select count(*) from email_access where account_id = any(?::uuid[]) and not login", sample), chunk, iterations);
        long[][] ours = new long[iterations][];
        long[][] hand = new long[iterations][];
        for (int i = -1; i < iterations; i++) {
            boolean oursFirst = i % 2 == 0;
            long[] o = oursFirst ? ours(sample, owner) : null;
            long[] h = hand(sample, owner);
            if (!oursFirst) {
                o = ours(sample, owner);
            }
            if (i < 0) {
                SPENT.clear();
            } else {
                ours[i] = o;
                hand[i] = h;
            }
        }
        print(ours, hand);
    }

    /** Our job, chunk by chunk, in one transaction: {time, invitations queued}. */
    private long[] ours(List<UUID> sample, UUID owner) throws SQLException {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // the adapters' own transactions become savepoints: jOOQ's default would commit the run
            DSLContext dsl = DSL.using(new org.jooq.impl.DefaultConfiguration().set(connection).set(SQLDialect.POSTGRES)
                    .set(new Savepoints(connection)));
            try {
                StaffId by = new StaffId(owner);
                var command = new BulkAccessCommand(by, new AccountSelection.Chosen(sample.stream().map(AccountId::new).toList()),
                        new BulkAccessChange(ToggleChoice.ENABLE, ToggleChoice.KEEP, ToggleChoice.KEEP, Optional.of(new Invite("Welcome")),
                                Optional.empty()));
                BulkAccessJob kind = kind(dsl, Clock.systemUTC());
                Job job = queued(dsl, command, now);
                long before = count(connection, QUEUED, SUBJECT);
                long start = System.nanoTime();
                while (!job.state().finished()) {
                    ChunkOutcome outcome = kind.runChunk(job);
                    job = job.advanced(outcome, now, now.plus(Duration.ofMinutes(1)));
                }
                long took = System.nanoTime() - start;
                return new long[] {took, count(connection, "select count(*) from mail_outbox where subject = ?", SUBJECT)};
            } finally {
                connection.rollback();
            }
        }
    }

    /** Time spent in each port, over all runs of our side (where the database work goes). */
    private static final java.util.Map<String, Long> SPENT = new java.util.TreeMap<>();

    @SuppressWarnings("unchecked")
    private static <T> T timed(Class<T> port, T target) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, arguments) -> {
            long start = System.nanoTime();
            try {
                return method.invoke(target, arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            } finally {
                SPENT.merge(port.getSimpleName() + "." + method.getName(), System.nanoTime() - start, Long::sum);
            }
        });
    }

    private static BulkAccessJob kind(DSLContext dsl, Clock clock) {
        var outbox = timed(io.portico.application.mail.port.out.MailOutboxPort.class, MailAdapters.outbox(dsl));
        var mail = new MailQueue((to, template, language, model) -> new OutgoingMail(to, SUBJECT, HTML, TEXT), outbox, clock);
        var firms = FirmAdapters.firms(dsl);
        var contacts = ContactAdapters.contacts(dsl);
        var mails = new PortalLinkMails(mail, new FixedLinks(), new FirmQueryService(firms), new ContactLanguages(contacts, Optional::empty));
        PortalSettingsPort settings = new PortalSettingsPort() {
            @Override
            public PortalSettings load() {
                return PortalSettings.DEFAULT;
            }

            @Override
            public void save(PortalSettings changed) {
                throw new UnsupportedOperationException();
            }
        };
        var audit = timed(io.portico.application.audit.port.out.AccessAuditPort.class, AuditAdapters.audit(dsl));
        var invitations = new BulkInvitations(timed(io.portico.application.link.port.out.MailedLinkPort.class, LinkAdapters.links(dsl)),
                settings, mails, audit);
        var viewers = new Viewers(StaffAdapters.staff(dsl), AccountAdapters.accounts(dsl), AccountAdapters.archive(dsl));
        return new BulkAccessJob(timed(io.portico.application.bulk.port.out.BulkAccessPort.class, BulkAdapters.bulk(dsl)), viewers, invitations, audit, clock, Integer.getInteger("portico.bulk.chunk", 1_000));
    }

    /** Nested transactions as savepoints of the run's one transaction, which is rolled back at its end. */
    private record Savepoints(Connection connection, java.util.Deque<java.sql.Savepoint> open) implements org.jooq.TransactionProvider {

        Savepoints(Connection connection) {
            this(connection, new java.util.ArrayDeque<>());
        }

        @Override
        public void begin(org.jooq.TransactionContext context) {
            run(() -> open.push(connection.setSavepoint()));
        }

        @Override
        public void commit(org.jooq.TransactionContext context) {
            run(() -> connection.releaseSavepoint(open.pop()));
        }

        @Override
        public void rollback(org.jooq.TransactionContext context) {
            run(() -> connection.rollback(open.pop()));
        }

        private interface Step {
            void run() throws SQLException;
        }

        private static void run(Step step) {
            try {
                step.run();
            } catch (SQLException e) {
                throw new org.jooq.exception.DataAccessException("savepoint", e);
            }
        }
    }

    /** The job as a worker holds it, its row stored (invited addresses name it) within the rolled-back transaction. */
    private static Job queued(DSLContext dsl, BulkAccessCommand command, Instant now) {
        var jobs = new InMemoryJobs();
        var viewers = new Viewers(StaffAdapters.staff(dsl), AccountAdapters.accounts(dsl), AccountAdapters.archive(dsl));
        var started = new BulkAccessService(BulkAdapters.bulk(dsl), viewers, jobs, new DirectTransactions(), Clock.systemUTC()).start(command);
        Job job = jobs.find(started).orElseThrow();
        dsl.execute("insert into job (id, kind, parameters, state, total, created_by, created_at) values (?, 'BULK_ACCESS', '{}'::jsonb, "
                + "'RUNNING', ?, ?, now())", job.id().value(), job.progress().total(), command.by().value());
        return job.leasedBy("bench", now, now.plus(Duration.ofMinutes(1)));
    }

    /** The hand-written statement: {time, invitations queued}. */
    private long[] hand(List<UUID> sample, UUID owner) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            UUID job = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            Timestamp expires = Timestamp.from(now.toInstant().plus(Duration.ofDays(7)));
            try (PreparedStatement update = connection.prepareStatement(HAND_SQL)) {
                Object[] values = {connection.createArrayOf("uuid", sample.toArray()), owner, job, now, now, now, expires, owner, owner, job,
                        now, SUBJECT, HTML, TEXT, now, now};
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                long before = count(connection, QUEUED, SUBJECT);
                long start = System.nanoTime();
                update.executeQuery().close();
                long took = System.nanoTime() - start;
                return new long[] {took, count(connection, QUEUED, SUBJECT) - before};
            } finally {
                connection.rollback();
            }
        }
    }

    private void print(long[][] ours, long[][] hand) {
        System.out.println();
        System.out.println("| run | invitations (ours) | ours: job, all chunks | invitations (SQL) | SQL: one statement | ours / SQL |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < ours.length; i++) {
            System.out.printf("| %d | %,d | %s ms | %,d | %s ms | %.2f |%n", i + 1, ours[i][1], ms(ours[i][0]), hand[i][1], ms(hand[i][0]),
                    (double) ours[i][0] / hand[i][0]);
        }
        double o = median(Arrays.stream(ours).mapToLong(r -> r[0]).toArray());
        double h = median(Arrays.stream(hand).mapToLong(r -> r[0]).toArray());
        System.out.printf("%nmedian: ours %s ms, hand-written SQL %s ms, ours / SQL %.2f%n", ms(o), ms(h), o / h);
        System.out.printf("%nours, per port call over all %d timed runs:%n", ours.length);
        SPENT.forEach((call, nanos) -> System.out.printf("  %s: %s ms%n", call, ms(nanos)));
    }

    /** {@code accounts} consecutive accounts by id from a random place, all of whose addresses have LOGIN off. */
    private List<UUID> sample() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select a.id from account a
                     where a.id > ? and not exists (select 1 from email_access e where e.account_id = a.id and e.login)
                       and exists (select 1 from email_access e where e.account_id = a.id)
                     order by a.id limit ?""")) {
            select.setObject(1, new UUID(0x4000_0000_0000_0000L, 0));
            select.setInt(2, accounts);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private UUID uuid(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    private long count(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, sql, values.length == 1 && values[0] instanceof List<?> list
                    ? new Object[] {connection.createArrayOf("uuid", list.toArray())} : values);
        }
    }

    private static long count(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
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
