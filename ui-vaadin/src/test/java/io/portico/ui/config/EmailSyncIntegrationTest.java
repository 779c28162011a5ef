package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.portico.application.email.EmailSyncSettings;
import io.portico.application.email.MailboxSyncWorker;
import io.portico.application.email.SyncBatches;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.application.email.port.out.MailboxReaderPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.shared.MutableClock;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;
import io.portico.ui.support.FreshDatabase;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 13 items 3, 4, 8, 9 with the real parts: two firm mailboxes on a GreenMail IMAP server, the app's IMAP
 * reader, the worker, the jOOQ store on PostgreSQL. The worker is built from the app's beans with a clock the test
 * moves, and batches of two, so a pass has several batches to stop between.
 */
@SpringBootTest(properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL, "portico.email-sync.enabled=false",
        "portico.jobs.enabled=false"})
@DirtiesContext // a context of its own, closed after its tests
@Order(Integer.MAX_VALUE) // after the view tests, whose cached context must stay the last one created
class EmailSyncIntegrationTest {

    private static final String PASSWORD = "pw";
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @Autowired
    DSLContext dsl;
    @Autowired
    Transactions transactions;
    @Autowired
    MailboxPort mailboxes;
    @Autowired
    MailboxLeasePort leases;
    @Autowired
    MailboxReaderPort reader;
    @Autowired
    SyncBatches batches;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String client = "rossi-" + run + "@client.example";
    private final Session session = Session.getInstance(new Properties());
    private final GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    private GreenMailUser studioUser;
    private GreenMailUser partnerUser;
    private Mailbox studio;
    private Mailbox partner;
    private UUID anna;
    private UUID account;

    @BeforeEach
    void firmWithTwoMailboxesAndAClient() {
        greenMail.start();
        studioUser = greenMail.setUser("studio-" + run + "@firm.example", "studio-" + run, PASSWORD);
        partnerUser = greenMail.setUser("partner-" + run + "@firm.example", "partner-" + run, PASSWORD);
        create(studioUser, "Sent"); // a mailbox without a sent folder fails its passes (FOLDER_MISSING)
        create(partnerUser, "Sent");
        studio = mailbox(studioUser);
        partner = mailbox(partnerUser);
        anna = staff("anna-" + run + "@firm.example", false);
        UUID muted = staff("bruno-" + run + "@firm.example", true);
        account = account("Rossi " + run, anna, muted);
        contact(client, account);
    }

    @AfterEach
    void stop() {
        transactions.inTransaction(() -> {
            mailboxes.remove(studio.id());
            mailboxes.remove(partner.id());
        });
        greenMail.stop();
    }

    @Test
    void issue13_backfill_new_mail_and_a_message_in_both_mailboxes_kept_once_with_notices_for_new_mail_only() {
        String both = message("<both." + run + "@x>", client, studioUser.getEmail() + ", " + partnerUser.getEmail(), "Tax return",
                "", days(-3));
        put(studioUser, "INBOX", both, days(-3));
        put(partnerUser, "INBOX", both, days(-3));
        put(studioUser, "INBOX", message("<old." + run + "@x>", client, studioUser.getEmail(), "Old", "", days(-400)), days(-400));
        put(studioUser, "INBOX", message("<spam." + run + "@x>", "shop@unknown.example", studioUser.getEmail(), "Offer", "", days(-2)),
                days(-2));

        syncAll();

        assertThat(keptIds()).containsExactly("<both." + run + "@x>");
        assertThat(value(Long.class, "select messages_unmatched from mailbox where id = ?", studio.id().value())).isEqualTo(1L);
        assertThat(notices()).as("backfill raises no notices").isZero();

        clock.advance(Duration.ofMinutes(2));
        put(studioUser, "INBOX", message("<new." + run + "@x>", client, studioUser.getEmail(), "Invoice", "", clock.instant()),
                clock.instant());
        syncAll();

        assertThat(keptIds()).containsExactlyInAnyOrder("<both." + run + "@x>", "<new." + run + "@x>");
        assertThat(dsl.fetch("select recipient, link from staff_notification where message_key = 'inbox.email.received' and link like ?",
                "%" + account + "%"))
                .extracting(row -> row.get(0, UUID.class) + " " + row.get(1, String.class))
                .containsExactly(anna + " account/" + account + "?tab=email");
    }

    @Test
    void issue13_a_reply_from_the_sent_folder_joins_the_thread_and_a_restart_mid_sync_continues_without_duplicates() {
        for (int i = 0; i < 5; i++) {
            put(studioUser, "INBOX", message("<q" + i + "." + run + "@x>", client, studioUser.getEmail(), "Question " + i, "", days(-10 + i)),
                    days(-10 + i));
        }
        put(studioUser, "Sent", message("<a." + run + "@x>", studioUser.getEmail(), client, "Re: Question 0",
                "In-Reply-To: <q0." + run + "@x>\n", days(-1)), days(-1));

        var dying = worker(failingAtFetch(studio, 2));
        assertThatThrownBy(() -> {
            while (dying.syncNext()) {
                // until the studio's mailbox is synced, and dies
            }
        }).hasMessageContaining("the node died");
        assertThat(keptIds()).hasSize(2);
        clock.advance(Duration.ofMinutes(5));
        syncAll();

        assertThat(keptIds()).hasSize(6).doesNotHaveDuplicates();
        assertThat(threadOf("<a." + run + "@x>")).isEqualTo(threadOf("<q0." + run + "@x>"));
        assertThat(value(Integer.class, "select message_count from email_thread where id = ?", threadOf("<q0." + run + "@x>"))).isEqualTo(2);
    }

    @Test
    void issue13_a_changed_uidvalidity_resyncs_the_folder_without_duplicates() throws Exception {
        put(studioUser, "Sent", message("<s1." + run + "@x>", studioUser.getEmail(), client, "One", "", days(-2)), days(-2));
        syncAll();
        long before = value(Long.class, "select uid_validity from mailbox_folder where mailbox_id = ? and folder = 'SENT'", studio.id().value());

        greenMail.getManagers().getImapHostManager().deleteMailbox(studioUser, "Sent");
        Thread.sleep(5); // GreenMail numbers a folder by the time it is made
        put(studioUser, "Sent", message("<s1." + run + "@x>", studioUser.getEmail(), client, "One", "", days(-2)), days(-2));
        put(studioUser, "Sent", message("<s2." + run + "@x>", studioUser.getEmail(), client, "Two", "", days(-1)), days(-1));
        clock.advance(Duration.ofMinutes(2));
        syncAll();

        assertThat(keptIds()).containsExactlyInAnyOrder("<s1." + run + "@x>", "<s2." + run + "@x>");
        assertThat(value(Long.class, "select uid_validity from mailbox_folder where mailbox_id = ? and folder = 'SENT'", studio.id().value()))
                .isNotEqualTo(before);
    }

    @Test
    void issue13_attachments_are_saved_only_when_the_firm_asks_and_only_for_mail_after_it() {
        put(studioUser, "INBOX", withPdf("<before." + run + "@x>", days(-5)), days(-5));
        syncAll();
        assertThat(documents()).isZero();

        dsl.execute("insert into firm (id, name, created_at) values (gen_random_uuid(), 'Studio', now()) on conflict do nothing");
        dsl.execute("update firm set save_attachments_since = ?::timestamptz", days(-3).toString());
        put(studioUser, "INBOX", withPdf("<after." + run + "@x>", days(-1)), days(-1));
        clock.advance(Duration.ofMinutes(2));
        syncAll();

        assertThat(dsl.fetch("select d.file_name, m.message_id from document d join email_message m on m.id = d.source_message_id "
                + "where d.account_id = ?", account)).extracting(row -> row.get(0) + " " + row.get(1))
                .containsExactly("return.pdf <after." + run + "@x>");
        dsl.execute("update firm set save_attachments_since = null");
    }

    private void syncAll() {
        var worker = worker(reader);
        while (worker.syncNext()) {
            // the other mailbox may be due too
        }
    }

    private MailboxSyncWorker worker(MailboxReaderPort through) {
        var settings = new EmailSyncSettings("test-node", 12, Duration.ofSeconds(60), false, 2, Duration.ofMinutes(2));
        return new MailboxSyncWorker(leases, mailboxes, through, batches, settings, clock);
    }

    /** The real reader, whose connection to {@code dying} dies (as when a node is killed) at its {@code n}th fetch. */
    private MailboxReaderPort failingAtFetch(Mailbox dying, int n) {
        int[] fetches = {0};
        return mailbox -> {
            if (!mailbox.id().equals(dying.id())) {
                return reader.open(mailbox);
            }
            var real = reader.open(mailbox);
            return new MailboxReaderPort.MailboxConnection() {
                @Override
                public MailboxReaderPort.FolderState state(io.portico.domain.mailbox.Folder folder) {
                    return real.state(folder);
                }

                @Override
                public MailboxReaderPort.FetchedBatch fetch(io.portico.domain.mailbox.Folder folder, long afterUid, Instant since, int limit,
                                                            MailboxReaderPort.Wanted wanted) {
                    if (++fetches[0] == n) {
                        throw new IllegalStateException("the node died");
                    }
                    return real.fetch(folder, afterUid, since, limit, wanted);
                }

                @Override
                public List<MailboxReaderPort.FetchedMail> search(io.portico.domain.mailbox.Folder folder, EmailAddress address, Instant since) {
                    return real.search(folder, address, since);
                }

                @Override
                public boolean awaitNew(Duration timeout) {
                    return real.awaitNew(timeout);
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        };
    }

    private Mailbox mailbox(GreenMailUser user) {
        var server = new MailServer("127.0.0.1", greenMail.getImap().getPort(), Security.NONE, user.getLogin(), new Secret(PASSWORD));
        var mailbox = new Mailbox(MailboxId.random(), user.getLogin(), new EmailAddress(user.getEmail()), server, server);
        transactions.inTransaction(() -> mailboxes.add(mailbox, clock.instant().minus(Duration.ofMinutes(1))));
        return mailbox;
    }

    private Instant days(int offset) {
        return clock.instant().plus(Duration.ofDays(offset));
    }

    private void put(GreenMailUser user, String folder, String raw, Instant received) {
        try {
            var host = greenMail.getManagers().getImapHostManager();
            MailFolder target = "INBOX".equals(folder) ? host.getInbox(user)
                    : java.util.Optional.ofNullable(host.getFolder(user, folder)).orElseGet(() -> create(user, folder));
            target.appendMessage(new MimeMessage(session, new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))),
                    new Flags(), Date.from(received));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MailFolder create(GreenMailUser user, String folder) {
        try {
            return greenMail.getManagers().getImapHostManager().createMailbox(user, folder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(String id, String from, String to, String subject, String headers, Instant sentAt) {
        return "Message-ID: " + id + "\n" + headers + "Date: " + DATE.format(sentAt.atOffset(ZoneOffset.UTC)) + "\nFrom: " + from + "\nTo: " + to
                + "\nSubject: " + subject + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHello\n";
    }

    private String withPdf(String id, Instant sentAt) {
        return "Message-ID: " + id + "\nDate: " + DATE.format(sentAt.atOffset(ZoneOffset.UTC)) + "\nFrom: " + client + "\nTo: "
                + studioUser.getEmail() + "\nSubject: Return\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
                + "--b1\nContent-Type: text/plain; charset=UTF-8\n\nSee the file.\n--b1\nContent-Type: application/pdf; name=\"return.pdf\"\n"
                + "Content-Disposition: attachment; filename=\"return.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--\n";
    }

    private List<String> keptIds() {
        return dsl.fetch("select message_id from email_message where message_id like ?", "%." + run + "@x>").getValues(0, String.class);
    }

    private UUID threadOf(String messageId) {
        return value(UUID.class, "select thread_id from email_message where message_id = ?", messageId);
    }

    private int notices() {
        return value(Integer.class, "select count(*) from staff_notification where link = ?", "account/" + account + "?tab=email");
    }

    private int documents() {
        return value(Integer.class, "select count(*) from document where account_id = ?", account);
    }

    private <T> T value(Class<T> type, String sql, Object... bindings) {
        return dsl.fetchOne(sql, bindings).get(0, type);
    }

    private UUID staff(String email, boolean muted) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into staff (id, first_name, last_name, email, role, password_hash, mute_synced_mail) values (?, 'A', 'B', ?, 'EMPLOYEE', 'x', ?)",
                id, email, muted);
        return id;
    }

    private UUID account(String name, UUID... team) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into account (id, type, name, updated_by, updated_at, created_at) values (?, 'INDIVIDUAL', ?, ?, now(), now())",
                id, name, team[0]);
        for (UUID member : team) {
            dsl.execute("insert into account_team (account_id, staff_id) values (?, ?)", id, member);
        }
        return id;
    }

    private void contact(String email, UUID linkedTo) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into contact (id, first_name, last_name, updated_by, updated_at, created_at) values (?, 'Mario', 'Rossi', ?, now(), now())",
                id, anna);
        dsl.execute("insert into contact_email (contact_id, email, position) values (?, ?, 0)", id, email);
        dsl.execute("insert into account_contact (account_id, contact_id, position) values (?, ?, 0)", linkedTo, id);
        dsl.execute("insert into email_access (account_id, contact_id, email_key, email_sync) values (?, ?, lower(?), true)", linkedTo, id, email);
    }
}
