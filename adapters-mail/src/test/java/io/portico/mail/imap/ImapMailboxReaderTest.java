package io.portico.mail.imap;

import static io.portico.mail.imap.GreenMailbox.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedBatch;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedMail;
import io.portico.application.email.port.out.MailboxReaderPort.FolderState;
import io.portico.application.email.port.out.MailboxReaderPort.MailboxUnavailableException;
import io.portico.application.email.port.out.MailboxReaderPort.Wanted;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImapMailboxReaderTest {

    // Free ports: other modules' builds may run GreenMail on this machine at the same time.
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final Wanted ALL = keys -> keys.keySet();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant YEAR_AGO = NOW.minus(365, ChronoUnit.DAYS);

    private GreenMailbox box;

    @BeforeEach
    void mailbox() {
        box = new GreenMailbox(greenMail);
    }

    @Test
    void issue13_item3_reads_the_inbox_in_UID_order_and_resumes_after_the_last_UID() {
        for (int i = 1; i <= 5; i++) {
            box.put("INBOX", simple("<m" + i + "@cliente.example>", "anna@cliente.example", GreenMailbox.ADDRESS, "Mail " + i, "Body " + i), NOW);
        }
        try (var connection = GreenMailbox.open(box)) {
            FetchedBatch first = connection.fetch(Folder.INBOX, 0, YEAR_AGO, 3, ALL);
            assertThat(first.kept()).extracting(FetchedMail::uid).containsExactly(1L, 2L, 3L);
            assertThat(first.lastUid()).isEqualTo(3);
            assertThat(first.unmatched()).isZero();

            FetchedBatch rest = connection.fetch(Folder.INBOX, first.lastUid(), YEAR_AGO, 3, ALL);
            assertThat(rest.kept()).extracting(mail -> mail.message().orElseThrow().subject()).containsExactly("Mail 4", "Mail 5");
            assertThat(rest.lastUid()).isEqualTo(5);

            FetchedBatch nothing = connection.fetch(Folder.INBOX, 5, YEAR_AGO, 3, ALL);
            assertThat(nothing).isEqualTo(new FetchedBatch(List.of(), 0, 5));
            assertThatThrownBy(() -> connection.fetch(Folder.INBOX, 0, YEAR_AGO, 0, ALL)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void issue13_item3_a_new_connection_resumes_after_the_cursor_even_when_its_message_was_deleted() throws Exception {
        for (int i = 1; i <= 5; i++) {
            box.put("INBOX", simple("<m" + i + "@cliente.example>", "anna@cliente.example", GreenMailbox.ADDRESS, "Mail " + i, "Body " + i), NOW);
        }
        try (var connection = GreenMailbox.open(box)) {
            assertThat(connection.fetch(Folder.INBOX, 2, YEAR_AGO, 2, ALL).kept()).extracting(FetchedMail::uid).containsExactly(3L, 4L);
        }
        var inbox = box.folder("INBOX");
        inbox.setFlags(new jakarta.mail.Flags(jakarta.mail.Flags.Flag.DELETED), true, 4, null, true);
        inbox.expunge();
        try (var connection = GreenMailbox.open(box)) {
            assertThat(connection.fetch(Folder.INBOX, 4, YEAR_AGO, 10, ALL).kept()).extracting(FetchedMail::uid).containsExactly(5L);
            assertThat(connection.fetch(Folder.INBOX, 7, YEAR_AGO, 10, ALL)).isEqualTo(new FetchedBatch(List.of(), 0, 7));
        }
    }

    @Test
    void issue13_item3_a_message_is_read_with_its_ids_parties_date_and_body() {
        box.put("INBOX", """
                Message-ID: <reply-2@cliente.example>
                In-Reply-To: <reply-1@bianchi.example>
                References: <root@bianchi.example>
                 <reply-1@bianchi.example>
                Date: Mon, 30 Nov 2026 10:15:00 +0100
                From: =?UTF-8?Q?Anna_Rossi_=C3=A8?= <Anna.Rossi@Cliente.Example>
                To: Studio Bianchi <studio@bianchi.example>, not an address
                Cc: marco@cliente.example
                Subject: =?UTF-8?Q?Re:_Dichiarazione_perch=C3=A9?=
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Ecco i documenti, perché no.
                """, NOW);
        try (var connection = GreenMailbox.open(box)) {
            MailMessage message = connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, ALL).kept().getFirst().message().orElseThrow();

            assertThat(message.messageId()).isEqualTo("<reply-2@cliente.example>");
            assertThat(message.inReplyTo()).contains("<reply-1@bianchi.example>");
            assertThat(message.references()).containsExactly("<root@bianchi.example>", "<reply-1@bianchi.example>");
            assertThat(message.subject()).isEqualTo("Re: Dichiarazione perché");
            assertThat(message.from()).isEqualTo(new EmailAddress("Anna.Rossi@cliente.example"));
            assertThat(message.fromName()).contains("Anna Rossi è");
            assertThat(message.to()).containsExactly(new EmailAddress("studio@bianchi.example"));
            assertThat(message.cc()).containsExactly(new EmailAddress("marco@cliente.example"));
            assertThat(message.sentAt()).isEqualTo(Instant.parse("2026-11-30T09:15:00Z"));
            assertThat(message.textBody()).hasValueSatisfying(text -> assertThat(text.strip()).isEqualTo("Ecco i documenti, perché no."));
            assertThat(message.htmlBody()).isEmpty();
            assertThat(message.attachments()).isEmpty();
        }
    }

    @Test
    void issue13_item3_only_the_wanted_messages_are_read_whole_the_others_are_only_counted() {
        box.put("INBOX", simple("<a@x.example>", "Anna.Rossi@Cliente.Example", "studio@bianchi.example, broken@", "For Anna", "1"), NOW);
        box.put("INBOX", simple("<b@x.example>", "news@letter.example", "studio@bianchi.example", "Newsletter", "2"), NOW);
        // Unwanted and broken: never read whole, so never reported as broken either.
        box.put("INBOX", """
                Message-ID: <c@x.example>
                From: spam@junk.example
                To: studio@bianchi.example
                Subject: Junk
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="never-used"

                --something-else
                broken
                """, NOW);
        List<Map<Long, List<String>>> asked = new ArrayList<>();
        Wanted anna = keys -> {
            asked.add(keys);
            return keys.entrySet().stream().filter(e -> e.getValue().contains("anna.rossi@cliente.example"))
                    .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        };
        try (var connection = GreenMailbox.open(box)) {
            FetchedBatch batch = connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, anna);

            assertThat(asked).singleElement().satisfies(keys -> assertThat(keys).containsExactly(
                    Map.entry(1L, List.of("anna.rossi@cliente.example", "studio@bianchi.example")),
                    Map.entry(2L, List.of("news@letter.example", "studio@bianchi.example")),
                    Map.entry(3L, List.of("spam@junk.example", "studio@bianchi.example"))));
            assertThat(batch.kept()).singleElement().satisfies(mail -> {
                assertThat(mail.uid()).isEqualTo(1);
                assertThat(mail.message().orElseThrow().subject()).isEqualTo("For Anna");
            });
            assertThat(batch.unmatched()).isEqualTo(2);
            assertThat(batch.lastUid()).isEqualTo(3);
        }
    }

    @Test
    void issue13_item3_mail_received_before_the_backfill_window_is_skipped_but_the_cursor_passes_it() {
        box.put("INBOX", simple("<old@x.example>", "anna@cliente.example", GreenMailbox.ADDRESS, "Old", "1"), NOW.minus(400, ChronoUnit.DAYS));
        box.put("INBOX", simple("<unwanted-old@x.example>", "news@letter.example", GreenMailbox.ADDRESS, "Old news", "2"), NOW.minus(366, ChronoUnit.DAYS));
        box.put("INBOX", simple("<recent@x.example>", "anna@cliente.example", GreenMailbox.ADDRESS, "Recent", "3"), NOW.minus(10, ChronoUnit.DAYS));
        box.put("INBOX", simple("<edge@x.example>", "anna@cliente.example", GreenMailbox.ADDRESS, "On the edge", "4"), YEAR_AGO);
        try (var connection = GreenMailbox.open(box)) {
            FetchedBatch batch = connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, keys -> Set.of(3L));

            assertThat(batch.kept()).extracting(FetchedMail::uid).containsExactly(3L);
            assertThat(batch.unmatched()).as("only mail inside the window counts").isEqualTo(1);
            assertThat(batch.lastUid()).isEqualTo(4);
        }
    }

    @Test
    void issue13_item3_reports_UIDVALIDITY_and_UIDNEXT_and_a_new_UIDVALIDITY_when_the_folder_is_recreated() throws Exception {
        box.folder("Sent");
        try (var connection = GreenMailbox.open(box)) {
            FolderState empty = connection.state(Folder.SENT);
            assertThat(empty.uidNext()).isEqualTo(1);
            box.put("Sent", simple("<s1@bianchi.example>", GreenMailbox.ADDRESS, "anna@cliente.example", "Sent 1", "1"), NOW);
            box.put("Sent", simple("<s2@bianchi.example>", GreenMailbox.ADDRESS, "anna@cliente.example", "Sent 2", "2"), NOW);
            assertThat(connection.state(Folder.SENT)).isEqualTo(new FolderState(empty.uidValidity(), 3));
            assertThat(connection.fetch(Folder.SENT, 0, YEAR_AGO, 10, ALL).kept()).hasSize(2);

            box.deleteFolder("Sent");
            Thread.sleep(1100); // GreenMail derives UIDVALIDITY from the folder's creation time, in seconds
            box.folder("Sent");
            box.put("Sent", simple("<s3@bianchi.example>", GreenMailbox.ADDRESS, "anna@cliente.example", "Sent 3", "3"), NOW);

            FolderState recreated = connection.state(Folder.SENT);
            assertThat(recreated.uidValidity()).isNotEqualTo(empty.uidValidity());
            assertThat(recreated.uidNext()).isEqualTo(2);
            // The folder kept open from before shows the old folder: state() let it go, so the new one is read.
            assertThat(connection.fetch(Folder.SENT, 0, YEAR_AGO, 10, ALL).kept())
                    .extracting(mail -> mail.message().orElseThrow().subject()).containsExactly("Sent 3");
        }
    }

    @Test
    void issue13_item3_the_sent_folder_is_found_by_its_usual_names() {
        box.folder("Drafts");
        box.folder("INBOX.Sent Items");
        box.put("INBOX.Sent Items", simple("<s1@bianchi.example>", GreenMailbox.ADDRESS, "anna@cliente.example", "Sent", "1"), NOW);
        try (var connection = GreenMailbox.open(box)) {
            assertThat(connection.state(Folder.SENT).uidNext()).isEqualTo(2);
            assertThat(connection.fetch(Folder.SENT, 0, YEAR_AGO, 10, ALL).kept())
                    .extracting(mail -> mail.message().orElseThrow().to()).containsExactly(List.of(new EmailAddress("anna@cliente.example")));
        }
    }

    @Test
    void issue13_item3_a_localized_sent_folder_is_found_too() {
        box.folder("Posta inviata");
        try (var connection = GreenMailbox.open(box)) {
            assertThat(connection.state(Folder.SENT).uidNext()).isEqualTo(1);
        }
    }

    @Test
    void issue13_item3_a_mailbox_without_a_sent_folder_reports_FOLDER_MISSING() {
        box.folder("Drafts");
        try (var connection = GreenMailbox.open(box)) {
            assertThatThrownBy(() -> connection.state(Folder.SENT))
                    .isInstanceOfSatisfying(MailboxUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(SyncError.FOLDER_MISSING));
            assertThatThrownBy(() -> connection.fetch(Folder.SENT, 0, YEAR_AGO, 10, ALL))
                    .isInstanceOfSatisfying(MailboxUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(SyncError.FOLDER_MISSING));
            assertThat(connection.state(Folder.INBOX).uidNext()).as("the connection still works").isEqualTo(1);
        }
    }

    @Test
    void issue13_item5_search_finds_the_mail_exchanged_with_an_address_since_a_time() {
        String anna = "anna@cliente.example";
        box.put("INBOX", simple("<1@x.example>", anna, GreenMailbox.ADDRESS, "From Anna", "1"), NOW);
        box.put("INBOX", simple("<2@x.example>", "hanna@cliente.example", GreenMailbox.ADDRESS, "From Hanna", "2"), NOW);
        box.put("INBOX", simple("<3@x.example>", anna, GreenMailbox.ADDRESS, "Too old", "3"), NOW.minus(30, ChronoUnit.DAYS));
        box.put("INBOX", simple("<4@x.example>", "marco@cliente.example", GreenMailbox.ADDRESS + ", ANNA@cliente.example", "Anna in To", "4"), NOW);
        box.put("INBOX", "Message-ID: <5@x.example>\nFrom: marco@cliente.example\nTo: " + GreenMailbox.ADDRESS
                + "\nCc: Anna <anna@cliente.example>\nSubject: Anna in Cc\n\n5\n", NOW);
        box.put("INBOX", simple("<6@x.example>", "marco@cliente.example", GreenMailbox.ADDRESS, "Not Anna", "6"), NOW);
        try (var connection = GreenMailbox.open(box)) {
            List<FetchedMail> found = connection.search(Folder.INBOX, new EmailAddress(anna), NOW.minus(7, ChronoUnit.DAYS));

            assertThat(found).extracting(FetchedMail::uid).containsExactly(1L, 4L, 5L);
            assertThat(found).extracting(mail -> mail.message().orElseThrow().subject()).containsExactly("From Anna", "Anna in To", "Anna in Cc");
        }
    }

    @Test
    void issue13_item3_awaitNew_returns_false_when_the_timeout_passes_without_mail() {
        try (var connection = GreenMailbox.open(box)) {
            connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, ALL);
            long started = System.nanoTime();

            assertThat(connection.awaitNew(Duration.ofMillis(700))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(650), Duration.ofSeconds(3));
            assertThat(connection.state(Folder.INBOX).uidNext()).as("the connection still works").isEqualTo(1);
        }
    }

    @Test
    void issue13_item3_awaitNew_wakes_by_IDLE_when_new_mail_arrives() throws Exception {
        try (var connection = GreenMailbox.open(box)) {
            assertThat(connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, ALL).kept()).isEmpty();
            Thread delivery = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                GreenMailUtil.sendTextEmail(GreenMailbox.ADDRESS, "anna@cliente.example", "New", "Hello", greenMail.getSmtp().getServerSetup());
            });
            long started = System.nanoTime();

            assertThat(connection.awaitNew(Duration.ofSeconds(20))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            delivery.join();
            assertThat(connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, ALL).kept())
                    .extracting(mail -> mail.message().orElseThrow().subject()).containsExactly("New");
        }
    }

    @Test
    void issue13_item3_mail_that_arrived_after_the_last_fetch_is_reported_at_once() {
        try (var connection = GreenMailbox.open(box)) {
            connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, ALL);
            box.put("INBOX", simple("<late@x.example>", "anna@cliente.example", GreenMailbox.ADDRESS, "Late", "1"), NOW);
            long started = System.nanoTime();

            assertThat(connection.awaitNew(Duration.ofSeconds(20))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void issue13_item2_a_wrong_password_is_WRONG_PASSWORD_without_the_password_in_the_message() {
        assertThatThrownBy(() -> GreenMailbox.reader().open(box.mailbox("not-the-password", greenMail.getImap().getPort())))
                .isInstanceOfSatisfying(MailboxUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(SyncError.WRONG_PASSWORD))
                .hasMessageContaining("127.0.0.1:" + greenMail.getImap().getPort())
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void issue13_item2_a_closed_port_is_HOST_UNREACHABLE() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> GreenMailbox.reader().open(box.mailbox(GreenMailbox.PASSWORD, closedPort)))
                .isInstanceOfSatisfying(MailboxUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(SyncError.HOST_UNREACHABLE));
    }

    @Test
    void issue13_item2_a_TLS_server_with_an_untrusted_certificate_is_CERTIFICATE() {
        var imaps = new com.icegreen.greenmail.util.GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAPS}));
        imaps.start();
        try {
            imaps.setUser(GreenMailbox.ADDRESS, GreenMailbox.LOGIN, GreenMailbox.PASSWORD);
            var server = new MailServer("127.0.0.1", imaps.getImaps().getPort(), Security.TLS, GreenMailbox.LOGIN, new Secret(GreenMailbox.PASSWORD));
            var mailbox = new Mailbox(MailboxId.random(), "Studio", new EmailAddress(GreenMailbox.ADDRESS), server, server);

            // GreenMail's certificate is self-signed: the sign-in stops before the password is sent.
            assertThatThrownBy(() -> GreenMailbox.reader().open(mailbox))
                    .isInstanceOfSatisfying(MailboxUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(SyncError.CERTIFICATE));
        } finally {
            imaps.stop();
        }
    }

    @Test
    void issue13_item2_STARTTLS_is_required_a_server_without_it_is_not_signed_in_to_in_plain_text() {
        var plain = box.mailbox();
        var server = new MailServer(plain.imap().host(), plain.imap().port(), Security.STARTTLS, plain.imap().user(), plain.imap().password());
        var mailbox = new Mailbox(plain.id(), plain.name(), plain.address(), server, server);

        assertThatThrownBy(() -> GreenMailbox.reader().open(mailbox))
                .isInstanceOf(MailboxUnavailableException.class)
                .hasMessageContaining("STARTTLS");
    }

    @Test
    void issue13_item3_a_closed_connection_reports_the_failure_instead_of_skipping_mail() {
        box.put("INBOX", simple("<1@x.example>", "anna@cliente.example", GreenMailbox.ADDRESS, "One", "1"), NOW);
        var connection = GreenMailbox.open(box);
        connection.state(Folder.INBOX);
        connection.close();

        assertThatThrownBy(() -> connection.fetch(Folder.INBOX, 0, YEAR_AGO, 10, ALL)).isInstanceOf(MailboxUnavailableException.class);
        connection.close(); // closing twice is harmless
    }
}
