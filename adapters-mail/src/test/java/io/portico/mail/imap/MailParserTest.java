package io.portico.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.email.MailAttachment;
import io.portico.domain.email.MailMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Item 3: how a message's MIME tree becomes bodies and files — read from the message as the server stores it. */
class MailParserTest {

    private static final String HEADERS = """
            Message-ID: <tree@cliente.example>
            Date: Mon, 30 Nov 2026 10:15:00 +0100
            From: anna@cliente.example
            To: studio@bianchi.example
            Subject: Tree
            MIME-Version: 1.0
            """;

    private final MailParser parser = new MailParser(1024);

    @Test
    void issue13_item3_bodies_are_found_in_nested_multiparts_and_named_parts_are_files() throws Exception {
        MailMessage message = parse(HEADERS + """
                Content-Type: multipart/mixed; boundary="mixed"

                --mixed
                Content-Type: multipart/related; boundary="related"

                --related
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Perch=E9 no
                --alt
                Content-Type: text/html; charset=UTF-8

                <p>Perché no <img src="cid:logo"></p>
                --alt--
                --related
                Content-Type: image/png
                Content-ID: <logo>
                Content-Disposition: inline
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --related
                Content-Type: image/jpeg
                Content-Disposition: inline; filename="photo.jpg"
                Content-Transfer-Encoding: base64

                /9j/4AAQ
                --related--
                --mixed
                Content-Type: application/pdf; name="=?UTF-8?Q?Fattura_=C3=A8.pdf?="
                Content-Disposition: attachment; filename*=UTF-8''C%3A%5Cdocs%5CFattura%20%C3%A8.pdf
                Content-Transfer-Encoding: base64

                JVBERg==
                --mixed
                Content-Type: application/octet-stream
                Content-Disposition: attachment

                raw
                --mixed
                Content-Type: message/rfc822

                From: marco@cliente.example
                Subject: Forwarded

                Inner
                --mixed--
                """);

        assertThat(message.textBody()).contains("Perché no");
        assertThat(message.htmlBody()).hasValueSatisfying(html -> assertThat(html).contains("<p>Perché no"));
        assertThat(message.attachments()).extracting(MailAttachment::fileName, MailAttachment::contentType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("photo.jpg", "image/jpeg"),
                org.assertj.core.groups.Tuple.tuple("Fattura è.pdf", "application/pdf"),
                org.assertj.core.groups.Tuple.tuple("attachment", "application/octet-stream"),
                org.assertj.core.groups.Tuple.tuple("message.eml", "message/rfc822"));
        assertThat(message.attachments().get(1).content()).hasValueSatisfying(pdf -> assertThat(new String(pdf, StandardCharsets.US_ASCII)).isEqualTo("%PDF"));
        assertThat(message.attachments().get(3).content()).hasValueSatisfying(eml ->
                assertThat(new String(eml, StandardCharsets.US_ASCII)).contains("Subject: Forwarded"));
    }

    @Test
    void issue13_item3_a_file_larger_than_the_cap_is_listed_without_content_and_one_at_the_cap_is_kept() throws Exception {
        String atCap = "a".repeat(1024);
        MailMessage message = parse(HEADERS + """
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; name="at-cap.txt"

                %s
                --m
                Content-Type: text/plain; name="over-cap.txt"

                %sb
                --m--
                """.formatted(atCap, atCap));

        assertThat(message.textBody()).isEmpty();
        assertThat(message.attachments()).extracting(MailAttachment::fileName, MailAttachment::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("at-cap.txt", 1024L), org.assertj.core.groups.Tuple.tuple("over-cap.txt", 1025L));
        assertThat(message.attachments().get(0).content()).isPresent();
        assertThat(message.attachments().get(1).content()).isEmpty();
    }

    @Test
    void issue13_item3_text_parts_on_both_sides_of_a_file_are_joined() throws Exception {
        MailMessage message = parse(HEADERS + """
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain

                Before
                --m
                Content-Type: image/png; name="chart.png"

                x
                --m
                Content-Type: text/plain

                After
                --m--
                """);

        assertThat(message.textBody()).hasValueSatisfying(text -> assertThat(text).containsSubsequence("Before", "After"));
        assertThat(message.attachments()).extracting(MailAttachment::fileName).containsExactly("chart.png");
    }

    @Test
    void issue13_item3_ids_are_read_in_header_form_and_a_bare_Message_ID_gets_its_brackets() throws Exception {
        MailMessage message = parse("""
                Message-ID: bare-id@cliente.example
                In-Reply-To: Anna's mail <parent@bianchi.example> (sent Monday)
                References: <root@bianchi.example> garbage <parent@bianchi.example>
                Date: not a date
                From: "Rossi, Anna" <anna@cliente.example>
                To: undisclosed-recipients:;
                Subject:   \s

                Body
                """);

        assertThat(message.messageId()).isEqualTo("<bare-id@cliente.example>");
        assertThat(message.inReplyTo()).contains("<parent@bianchi.example>");
        assertThat(message.references()).containsExactly("<root@bianchi.example>", "<parent@bianchi.example>");
        assertThat(message.fromName()).contains("Rossi, Anna");
        assertThat(message.to()).isEmpty();
        assertThat(message.subject()).isEmpty();
        assertThat(message.sentAt()).as("no readable Date header: when the server received it").isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
    }

    @Test
    void issue13_item3_an_overlong_Message_ID_is_replaced_by_a_synthetic_one() throws Exception {
        MailMessage message = parse("Message-ID: <" + "x".repeat(600) + "@cliente.example>\nFrom: anna@cliente.example\nDate: Mon, 30 Nov 2026 10:15:00 +0100\n\nBody\n");

        assertThat(message.messageId()).endsWith("@synthetic.portico>");
    }

    @Test
    void issue13_item3_the_sender_falls_back_to_the_Sender_header() throws Exception {
        MailMessage message = parse("Message-ID: <s@x.example>\nFrom: Anna Rossi\nSender: segreteria@cliente.example\nDate: Mon, 30 Nov 2026 10:15:00 +0100\n\nBody\n");

        assertThat(message.from().value()).isEqualTo("segreteria@cliente.example");
        assertThat(message.fromName()).isEmpty();
    }

    @Test
    void issue13_malformed_MIME_nested_too_deeply_is_refused_with_its_reason() {
        StringBuilder raw = new StringBuilder(HEADERS);
        for (int depth = 0; depth <= 21; depth++) {
            raw.append("Content-Type: multipart/mixed; boundary=\"b").append(depth).append("\"\n\n--b").append(depth).append('\n');
        }
        raw.append("Content-Type: text/plain\n\ndeep\n");

        assertThatThrownBy(() -> parse(raw.toString())).isInstanceOf(UnreadableMessageException.class).hasMessageContaining("nested more than 20");
    }

    @Test
    void issue13_malformed_charsets_fall_back_to_UTF_8_then_ISO_8859_1() {
        byte[] utf8 = "perché".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "perché".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(LenientCharsets.decode(utf8, "us-ascii")).as("8-bit text declared as ASCII").isEqualTo("perché");
        assertThat(LenientCharsets.decode(latin1, null)).isEqualTo("perché");
        assertThat(LenientCharsets.decode(latin1, " ")).isEqualTo("perché");
        assertThat(LenientCharsets.decode(latin1, "no such charset!")).isEqualTo("perché");
        assertThat(LenientCharsets.decode(latin1, "latin1")).as("MIME names of Java charsets").isEqualTo("perché");
        assertThat(LenientCharsets.decode(new byte[] {(byte) 0x80}, "windows-1252")).isEqualTo("€");
    }

    private MailMessage parse(String raw) throws Exception {
        var message = GreenMailbox.raw(raw);
        return parser.parse(new jakarta.mail.internet.MimeMessage(message) {
            @Override
            public java.util.Date getReceivedDate() {
                return java.util.Date.from(Instant.parse("2026-11-29T08:00:00Z"));
            }
        });
    }
}
