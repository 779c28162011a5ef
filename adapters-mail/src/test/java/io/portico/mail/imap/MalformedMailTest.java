package io.portico.mail.imap;

import static io.portico.mail.imap.GreenMailbox.simple;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedBatch;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedMail;
import io.portico.domain.email.MailAttachment;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.Folder;
import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 13, malformed mail: each message is synced or skipped with a reason, and the mail after it is still read. */
class MalformedMailTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant YEAR_AGO = NOW.minus(365, ChronoUnit.DAYS);
    private static final String ANNA = "anna@cliente.example";

    private GreenMailbox box;

    @BeforeEach
    void mailbox() {
        box = new GreenMailbox(greenMail);
    }

    @Test
    void issue13_malformed_broken_MIME_is_skipped_with_its_reason_and_the_next_mail_is_read() {
        box.put("INBOX", """
                Message-ID: <broken@cliente.example>
                Date: Mon, 30 Nov 2026 10:15:00 +0100
                From: anna@cliente.example
                To: studio@bianchi.example
                Subject: Bad boundary
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="declared-boundary"

                --another-boundary
                Content-Type: text/plain

                The boundary above is not the declared one.
                --another-boundary--
                """, NOW);
        box.put("INBOX", simple("<after@cliente.example>", ANNA, GreenMailbox.ADDRESS, "After", "Still read"), NOW);

        FetchedBatch batch = fetchAll();

        assertThat(batch.kept()).extracting(FetchedMail::uid).containsExactly(1L, 2L);
        assertThat(batch.kept().getFirst().message()).isEmpty();
        assertThat(batch.kept().getFirst().skipReason()).hasValueSatisfying(reason -> assertThat(reason).startsWith("broken MIME: "));
        assertThat(batch.kept().getLast().message()).hasValueSatisfying(message -> assertThat(message.subject()).isEqualTo("After"));
        assertThat(batch.lastUid()).isEqualTo(2);
    }

    @Test
    void issue13_malformed_huge_headers_are_read_with_the_subject_and_the_references_capped() {
        String hugeSubject = IntStream.range(0, 15_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" ", "Subject: ", "\n"))
                .replaceAll("(.{70}) ", "$1\n ");
        String references = IntStream.range(0, 20_000).mapToObj(i -> "<ref" + i + "@cliente.example>").collect(Collectors.joining("\n "));
        String filler = "X-Filler: " + "a".repeat(1024 * 1024) + "\n";
        box.put("INBOX", "Message-ID: <huge@cliente.example>\nDate: Mon, 30 Nov 2026 10:15:00 +0100\nFrom: anna@cliente.example\n"
                + "To: studio@bianchi.example\n" + hugeSubject + "References: " + references + "\n" + filler
                + "Message-ID-Extra: no\n\nBody\n", NOW);
        box.put("INBOX", simple("<after@cliente.example>", ANNA, GreenMailbox.ADDRESS, "After", "Still read"), NOW);

        FetchedBatch batch = fetchAll();

        MailMessage huge = batch.kept().getFirst().message().orElseThrow();
        assertThat(huge.messageId()).isEqualTo("<huge@cliente.example>");
        assertThat(huge.subject()).hasSize(1000).startsWith("word0 word1 word2");
        assertThat(huge.references()).hasSize(100).startsWith("<ref0@cliente.example>", "<ref19901@cliente.example>")
                .endsWith("<ref19999@cliente.example>");
        assertThat(batch.kept().getLast().message()).hasValueSatisfying(message -> assertThat(message.subject()).isEqualTo("After"));
    }

    @Test
    void issue13_malformed_unknown_charsets_are_decoded_as_UTF_8_or_else_ISO_8859_1() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write("""
                Message-ID: <charsets@cliente.example>\r
                Date: Mon, 30 Nov 2026 10:15:00 +0100\r
                From: anna@cliente.example\r
                To: studio@bianchi.example\r
                Subject: =?x-klingon?Q?Qapla'?=\r
                MIME-Version: 1.0\r
                Content-Type: multipart/alternative; boundary="b"\r
                \r
                --b\r
                Content-Type: text/plain; charset="x-klingon"\r
                Content-Transfer-Encoding: 8bit\r
                \r
                """.getBytes(StandardCharsets.US_ASCII));
        raw.write("Perché UTF-8\r\n".getBytes(StandardCharsets.UTF_8));
        raw.write("--b\r\nContent-Type: text/html; charset=\"unknown-8bit\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        raw.write("<p>Perché Latin-1</p>\r\n".getBytes(StandardCharsets.ISO_8859_1));
        raw.write("--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        box.put("INBOX", GreenMailbox.raw(raw.toByteArray()), NOW);

        MailMessage message = fetchAll().kept().getFirst().message().orElseThrow();

        assertThat(message.subject()).isEqualTo("=?x-klingon?Q?Qapla'?=");
        assertThat(message.textBody()).hasValueSatisfying(text -> assertThat(text).contains("Perché UTF-8"));
        assertThat(message.htmlBody()).hasValueSatisfying(html -> assertThat(html).contains("<p>Perché Latin-1</p>"));
    }

    @Test
    void issue13_malformed_a_message_without_Message_ID_gets_a_stable_synthetic_one() {
        box.put("INBOX", "Date: Mon, 30 Nov 2026 10:15:00 +0100\nFrom: anna@cliente.example\nTo: studio@bianchi.example\nSubject: No id\n\nBody one\n", NOW);
        box.put("INBOX", "Date: Mon, 30 Nov 2026 10:15:00 +0100\nFrom: anna@cliente.example\nTo: studio@bianchi.example\nSubject: No id\n\nBody two\n", NOW);
        box.put("INBOX", "Date: Mon, 30 Nov 2026 10:15:00 +0100\nFrom: anna@cliente.example\nTo: studio@bianchi.example\nSubject: No id\n\nBody one\n", NOW);

        FetchedBatch batch = fetchAll();
        FetchedBatch again = fetchAll();

        var ids = batch.kept().stream().map(mail -> mail.message().orElseThrow().messageId()).toList();
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("<[0-9a-f]{64}@synthetic\\.portico>"));
        assertThat(ids.get(0)).as("another body, another message").isNotEqualTo(ids.get(1)).as("the same message, the same id").isEqualTo(ids.get(2));
        assertThat(again.kept()).extracting(mail -> mail.message().orElseThrow().messageId()).isEqualTo(ids);
    }

    @Test
    void issue13_malformed_mail_without_a_valid_sender_is_skipped_with_its_reason() {
        box.put("INBOX", "Message-ID: <nobody@x.example>\nTo: studio@bianchi.example\nFrom: undisclosed\nSubject: Who?\n\nBody\n", NOW);
        box.put("INBOX", simple("<after@cliente.example>", ANNA, GreenMailbox.ADDRESS, "After", "Still read"), NOW);

        FetchedBatch batch = fetchAll();

        assertThat(batch.kept().getFirst().skipReason()).contains("no valid From address");
        assertThat(batch.kept().getLast().message()).isPresent();
    }

    @Test
    void issue13_malformed_a_25_MB_attachment_is_listed_with_its_size_and_no_content() throws Exception {
        byte[] big = new byte[25 * 1024 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        byte[] small = "%PDF small".getBytes(StandardCharsets.US_ASCII);
        box.put("INBOX", withFiles(new MimeBodyPartSpec("Bilancio 2025.zip", "application/zip", big),
                new MimeBodyPartSpec("Fattura è.pdf", "application/pdf", small)), NOW);
        box.put("INBOX", simple("<after@cliente.example>", ANNA, GreenMailbox.ADDRESS, "After", "Still read"), NOW);

        FetchedBatch batch = fetchAll();

        MailMessage message = batch.kept().getFirst().message().orElseThrow();
        assertThat(message.textBody()).hasValueSatisfying(text -> assertThat(text).contains("Two files"));
        assertThat(message.attachments()).hasSize(2);
        MailAttachment over = message.attachments().get(0);
        assertThat(over.fileName()).isEqualTo("Bilancio 2025.zip");
        assertThat(over.contentType()).isEqualTo("application/zip");
        assertThat(over.size()).isEqualTo(big.length);
        assertThat(over.content()).isEmpty();
        MailAttachment kept = message.attachments().get(1);
        assertThat(kept.fileName()).isEqualTo("Fattura è.pdf");
        assertThat(kept.size()).isEqualTo(small.length);
        assertThat(kept.content()).hasValueSatisfying(content -> assertThat(content).isEqualTo(small));
        assertThat(batch.kept().getLast().message()).hasValueSatisfying(after -> assertThat(after.subject()).isEqualTo("After"));
    }

    private FetchedBatch fetchAll() {
        try (var connection = GreenMailbox.open(box)) {
            return connection.fetch(Folder.INBOX, 0, YEAR_AGO, 100, keys -> keys.keySet());
        }
    }

    private record MimeBodyPartSpec(String fileName, String contentType, byte[] content) {
    }

    private static MimeMessage withFiles(MimeBodyPartSpec... files) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(ANNA));
        message.setRecipient(RecipientType.TO, new InternetAddress(GreenMailbox.ADDRESS));
        message.setSubject("Files");
        message.setSentDate(Date.from(NOW));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Two files", "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed", text);
        for (MimeBodyPartSpec file : files) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            part.setFileName(file.fileName());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }
}
