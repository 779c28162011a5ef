package io.portico.ui.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.portico.application.email.EmailSyncSettings;
import io.portico.application.email.MailboxSyncWorker;
import io.portico.application.email.SyncBatches;
import io.portico.application.email.port.in.SyncMailboxesUseCase;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.application.email.port.out.MailboxReaderPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;
import io.portico.ui.PorticoApplication;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13, Speed: the initial sync of a mailbox of {@code -Dportico.sync.messages} (default 10 000) messages from an
 * embedded IMAP server (GreenMail) into the bench database of a million accounts, through the app's own beans —
 * the IMAP reader, the worker, the jOOQ store. Nine messages in ten are from or to addresses of contacts of the
 * database, one in ten from unknown senders (only counted); a fifth answer an earlier message by In-Reply-To, a
 * tenth only by subject; one in seven is in the sent folder, one in twenty carries a 20 KB PDF. Prints messages per
 * second (target ≥ 200), matching and threading included. A tool, not a test: it prints figures and never fails.
 *
 * <p>The database: {@code -Dportico.jdbc-url} (+ {@code -Dportico.jdbc-user}, {@code -Dportico.jdbc-password});
 * Flyway brings it to the current schema. Each run leaves its messages behind (under a run id) and removes its mailbox.
 */
public final class EmailSyncBenchmark {

    private static final String HOST = "127.0.0.1";
    private static final String PASSWORD = "bench";
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private EmailSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("portico.sync.messages", 10_000);
        String url = System.getProperty("portico.jdbc-url", "jdbc:postgresql://localhost:5499/bench13_sync");
        var dataDir = Files.createTempDirectory("portico-sync-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PorticoApplication.class)
                .properties("portico.data-dir=" + dataDir, "spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("portico.jdbc-user", "postgres"),
                        "spring.datasource.password=" + System.getProperty("portico.jdbc-password", "x"),
                        "server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
                // over application.properties, which the builder's properties are not
                .run("--portico.email-sync.enabled=false", "--portico.mail.dispatch.enabled=false", "--portico.jobs.enabled=false")) {
            new Bench(app, messages).run();
        }
    }

    /** The app's reader, timing its fetches: how the sync's time splits between the IMAP server and the database. */
    private static final class TimedReader implements MailboxReaderPort {

        private final MailboxReaderPort reader;
        private long fetching;

        TimedReader(MailboxReaderPort reader) {
            this.reader = reader;
        }

        @Override
        public MailboxConnection open(Mailbox mailbox) {
            MailboxConnection connection = reader.open(mailbox);
            return new MailboxConnection() {
                @Override
                public FolderState state(Folder folder) {
                    return connection.state(folder);
                }

                @Override
                public FetchedBatch fetch(Folder folder, long afterUid, Instant since, int limit, Wanted wanted) {
                    long began = System.nanoTime();
                    try {
                        return connection.fetch(folder, afterUid, since, limit, wanted);
                    } finally {
                        fetching += System.nanoTime() - began;
                    }
                }

                @Override
                public List<FetchedMail> search(Folder folder, EmailAddress address, Instant since) {
                    return connection.search(folder, address, since);
                }

                @Override
                public boolean awaitNew(Duration timeout) {
                    return connection.awaitNew(timeout);
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        }
    }

    private static final class Bench {

        private final DSLContext dsl;
        private final MailboxPort mailboxes;
        private final SyncMailboxesUseCase worker;
        private final TimedReader reader;
        private final Transactions transactions;
        private final int messages;
        private final String run = UUID.randomUUID().toString().substring(0, 8);
        private final Session session = Session.getInstance(new Properties());

        Bench(ConfigurableApplicationContext app, int messages) {
            dsl = app.getBean(DSLContext.class);
            mailboxes = app.getBean(MailboxPort.class);
            reader = new TimedReader(app.getBean(MailboxReaderPort.class));
            worker = new MailboxSyncWorker(app.getBean(MailboxLeasePort.class), mailboxes, reader, app.getBean(SyncBatches.class),
                    app.getBean(EmailSyncSettings.class), Clock.systemUTC());
            transactions = app.getBean(Transactions.class);
            this.messages = messages;
        }

        void run() throws Exception {
            dsl.execute("delete from mailbox where address like 'bench-sync-%'");
            List<String> contacts = dsl.fetch("select email from contact_email tablesample system (1) limit 3000").getValues(0, String.class);
            String address = "bench-sync-" + run + "@firm.example";
            var greenMail = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_IMAP));
            greenMail.start();
            try {
                GreenMailUser user = greenMail.setUser(address, address, PASSWORD);
                long delivering = System.nanoTime();
                int attachments = deliver(greenMail, user, address, contacts);
                System.out.printf("%nDelivered %d messages (%d with a PDF) to %s in %d ms; %d contact addresses of the database used%n",
                        messages, attachments, address, (System.nanoTime() - delivering) / 1_000_000, contacts.size());
                var server = new MailServer(HOST, greenMail.getImap().getPort(), Security.NONE, address, new Secret(PASSWORD));
                var mailbox = new Mailbox(MailboxId.random(), "Bench " + run, new EmailAddress(address), server, server);
                transactions.inTransaction(() -> mailboxes.add(mailbox, Instant.now()));
                try {
                    sync(mailbox);
                } finally {
                    transactions.inTransaction(() -> mailboxes.remove(mailbox.id()));
                }
            } finally {
                greenMail.stop();
            }
        }

        private void sync(Mailbox mailbox) {
            long began = System.nanoTime();
            worker.syncNext();
            double seconds = (System.nanoTime() - began) / 1e9;
            int kept = dsl.fetchCount(dsl.selectFrom("email_message").where("message_id like ?", "%." + run + "@bench>"));
            int threads = dsl.fetchOne("select count(distinct thread_id) from email_message where message_id like ?", "%." + run + "@bench>")
                    .get(0, Integer.class);
            var health = dsl.fetchOne("select messages_synced, messages_unmatched, last_error from mailbox where id = ?", mailbox.id().value());
            System.out.printf("Initial sync: %d messages in %.1f s = %.0f messages/s (target >= 200); %d kept in %d threads, "
                            + "health: %s synced, %s unmatched, error %s%n",
                    messages, seconds, messages / seconds, kept, threads, health.get(0), health.get(1), health.get(2));
            System.out.printf("  of which reading IMAP (the reader's fetch calls) %.1f s, the rest (matching, threading, storing) %.1f s%n",
                    reader.fetching / 1e9, seconds - reader.fetching / 1e9);
        }

        /** @return how many messages carry a PDF */
        private int deliver(GreenMail greenMail, GreenMailUser user, String firm, List<String> contacts) throws Exception {
            var sent = greenMail.getManagers().getImapHostManager().createMailbox(user, "Sent");
            var inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
            Map<String, String[]> lastOf = new HashMap<>();
            Instant start = Instant.now().minus(Duration.ofDays(200));
            String pdf = Base64.getMimeEncoder().encodeToString(new byte[20 * 1024]);
            int attachments = 0;
            for (int i = 0; i < messages; i++) {
                String contact = i % 10 == 9 ? "stranger" + i + "@unknown.example" : contacts.get(i % contacts.size());
                boolean outgoing = i % 7 == 3;
                String id = "<m" + i + "." + run + "@bench>";
                String[] last = lastOf.get(contact);
                String subject = "Documents " + (i % 50) + " for " + contact;
                String inReplyTo = "";
                if (last != null && i % 5 == 1) {
                    inReplyTo = "In-Reply-To: " + last[0] + "\nReferences: " + last[0] + "\n";
                    subject = "Re: " + last[1];
                } else if (last != null && i % 10 == 2) {
                    subject = "RE: " + last[1];
                }
                lastOf.put(contact, new String[] {id, subject.replaceFirst("^(?i)re: ", "")});
                Instant sentAt = start.plus(Duration.ofMinutes(i * 20L));
                boolean withPdf = i % 20 == 0;
                attachments += withPdf ? 1 : 0;
                String raw = message(id, outgoing ? firm : contact, outgoing ? contact : firm, subject, inReplyTo, sentAt, withPdf ? pdf : null);
                var mime = new MimeMessage(session, new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
                (outgoing ? sent : inbox).appendMessage(mime, new Flags(), Date.from(sentAt));
            }
            return attachments;
        }

        private static String message(String id, String from, String to, String subject, String threading, Instant sentAt, String pdf) {
            String head = "Message-ID: " + id + "\n" + threading + "Date: " + DATE.format(sentAt.atOffset(ZoneOffset.UTC)) + "\n"
                    + "From: " + from + "\nTo: " + to + "\nSubject: " + subject + "\nMIME-Version: 1.0\n";
            String text = "Dear client,\n\nplease find the documents for this month.\n\nKind regards,\nthe studio\n";
            if (pdf == null) {
                return head + "Content-Type: text/plain; charset=UTF-8\n\n" + text;
            }
            return head + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=UTF-8\n\n" + text
                    + "--b1\nContent-Type: application/pdf; name=\"documents.pdf\"\nContent-Disposition: attachment; filename=\"documents.pdf\"\n"
                    + "Content-Transfer-Encoding: base64\n\n" + pdf + "\n--b1--\n";
        }
    }
}
