package io.portico.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort.MailDeliveryException;
import io.portico.domain.shared.EmailAddress;
import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.mail.testing.ImapInbox;
import io.portico.mail.testing.ImapInbox.ReadMail;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMailSenderTest {

    // Free ports: other modules' builds may run GreenMail on this machine at the same time.
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final String FROM = "Portico <no-reply@portico.localhost>";
    private static final long TIMEOUT_MILLIS = 5_000;

    @Test
    void delivers_a_multipart_alternative_mail_that_an_IMAP_client_reads_with_subject_text_and_html() throws Exception {
        var sender = new SmtpMailSender(javaMailSender(greenMail.getSmtp().getPort()), FROM);

        sender.send(new OutgoingMail(new EmailAddress("anna.rossi@studio.example"),
                "Reimposta la tua password – è facile",
                "<p>Ciao <b>Anna</b>, perché no?</p>",
                "Ciao Anna, perché no?"));

        assertThat(greenMail.waitForIncomingEmail(TIMEOUT_MILLIS, 1)).isTrue();
        // Authentication stays on in GreenMail: the auto-created mailbox's login and password are its address.
        var inbox = ImapInbox.read("127.0.0.1", greenMail.getImap().getPort(), "anna.rossi@studio.example", "anna.rossi@studio.example");
        assertThat(inbox).hasSize(1);
        ReadMail mail = inbox.getFirst();
        assertThat(mail.from()).isEqualTo(FROM);
        assertThat(mail.to()).containsExactly("anna.rossi@studio.example");
        assertThat(mail.subject()).isEqualTo("Reimposta la tua password – è facile");
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.parts()).extracting(ImapInbox.Part::contentType)
                .satisfiesExactly(
                        text -> assertThat(text).startsWith("text/plain").containsIgnoringCase("charset=UTF-8"),
                        html -> assertThat(html).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        assertThat(mail.part("text/plain").content()).isEqualTo("Ciao Anna, perché no?");
        assertThat(mail.part("text/html").content()).isEqualTo("<p>Ciao <b>Anna</b>, perché no?</p>");
    }

    @Test
    void issue11_a_client_mail_carries_the_firms_reply_to_and_its_files() throws Exception {
        var sender = new SmtpMailSender(javaMailSender(greenMail.getSmtp().getPort()), FROM);
        byte[] pdf = {'%', 'P', 'D', 'F', 1, 2, 3};

        sender.send(new OutgoingMail(new EmailAddress("marco@cliente.example"), "Documenti", "<p>Ecco</p>", "Ecco")
                .withReplyTo(new EmailAddress("studio@bianchi.example"))
                .withAttachments(java.util.List.of(new io.portico.domain.shared.FileAttachment("Fattura è.pdf", "application/pdf", pdf))));

        assertThat(greenMail.waitForIncomingEmail(TIMEOUT_MILLIS, 1)).isTrue();
        var message = greenMail.getReceivedMessages()[0];
        assertThat(message.getReplyTo()).extracting(Object::toString).containsExactly("studio@bianchi.example");
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        var mixed = (jakarta.mail.internet.MimeMultipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        var file = mixed.getBodyPart(1);
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(file.getFileName())).isEqualTo("Fattura è.pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void a_mail_without_reply_to_replies_to_the_sender() throws Exception {
        var sender = new SmtpMailSender(javaMailSender(greenMail.getSmtp().getPort()), FROM);

        sender.send(new OutgoingMail(new EmailAddress("luca@studio.example"), "Subject", "<p>Hi</p>", "Hi"));

        assertThat(greenMail.waitForIncomingEmail(TIMEOUT_MILLIS, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getHeader("Reply-To")).isNull();
    }

    @Test
    void reports_a_mail_server_that_is_down_as_MailDeliveryException_and_delivers_once_it_is_back() {
        try (var server = EmbeddedMailServer.start()) {
            var sender = new SmtpMailSender(javaMailSender(server.smtpPort()), FROM);
            var mail = new OutgoingMail(new EmailAddress("luca@studio.example"), "Subject", "<p>Hi</p>", "Hi");
            server.stopSmtp();

            assertThatThrownBy(() -> sender.send(mail))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessageStartingWith("Could not send mail to luca@studio.example: Couldn't connect to host")
                    .hasMessageEndingWith("(Connection refused)")
                    .hasMessageNotContaining("\n");

            server.restartSmtp();
            sender.send(mail);
            assertThat(server.waitForIncomingMail(Duration.ofMillis(TIMEOUT_MILLIS), 1)).isTrue();
            assertThat(server.all()).singleElement().satisfies(captured -> assertThat(captured.to()).containsExactly("luca@studio.example"));
        }
    }

    @Test
    void issue11_speed_a_batch_is_delivered_whole_and_with_the_server_down_each_of_its_mails_fails_on_its_own() {
        try (var server = EmbeddedMailServer.start()) {
            var sender = new SmtpMailSender(javaMailSender(server.smtpPort()), FROM);
            var mails = java.util.stream.IntStream.range(0, 3).mapToObj(i ->
                    new OutgoingMail(new EmailAddress("client" + i + "@studio.example"), "Batch " + i, "<p>Hi</p>", "Hi")).toList();

            assertThat(sender.sendAll(mails)).isEmpty();
            assertThat(server.waitForIncomingMail(Duration.ofMillis(TIMEOUT_MILLIS), 3)).isTrue();
            assertThat(server.all()).extracting(captured -> captured.subject()).containsExactlyInAnyOrder("Batch 0", "Batch 1", "Batch 2");

            server.stopSmtp();
            var failed = sender.sendAll(mails);
            assertThat(failed).containsOnlyKeys(0, 1, 2);
            assertThat(failed.get(2)).isInstanceOf(MailDeliveryException.class)
                    .hasMessageStartingWith("Could not send mail to client2@studio.example: Couldn't connect to host")
                    .hasMessageNotContaining("\n");
            assertThat(sender.sendAll(java.util.List.of())).isEmpty();
        }
    }

    @Test
    void refuses_a_malformed_sender_address_at_startup() {
        assertThatThrownBy(() -> new SmtpMailSender(javaMailSender(25), "Portico <no-reply@>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portico.mail.from");
    }

    private static JavaMailSenderImpl javaMailSender(int port) {
        var mailSender = new JavaMailSenderImpl();
        mailSender.setHost("localhost");
        mailSender.setPort(port);
        mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        mailSender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return mailSender;
    }
}
