package io.portico.mail.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.port.CapturedMail;
import io.portico.mail.testing.ImapInbox;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

class EmbeddedMailServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final EmbeddedMailServer server = EmbeddedMailServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void captures_each_mail_with_sender_recipients_subject_html_and_text() throws Exception {
        send(server, "Studio Rossi <studio@rossi.example>", "Benvenuta, Anna", "Ciao Anna,\nbenvenuta.", "<p>Ciao <b>Anna</b></p>", "anna@client.example");

        assertThat(server.waitForIncomingMail(TIMEOUT, 1)).isTrue();
        List<CapturedMail> captured = server.all();
        assertThat(captured).hasSize(1);
        CapturedMail mail = captured.getFirst();
        assertThat(mail.from()).isEqualTo("Studio Rossi <studio@rossi.example>");
        assertThat(mail.to()).containsExactly("anna@client.example");
        assertThat(mail.subject()).isEqualTo("Benvenuta, Anna");
        assertThat(mail.receivedAt()).isNotNull();
        assertThat(mail.htmlBody()).isEqualTo("<p>Ciao <b>Anna</b></p>");
        assertThat(mail.textBody()).isEqualTo("Ciao Anna,\nbenvenuta.");
    }

    @Test
    void lists_every_mail_received_oldest_first() throws Exception {
        send(server, "no-reply@portico.localhost", "First", "one", "<p>one</p>", "a@client.example");
        assertThat(server.waitForIncomingMail(TIMEOUT, 1)).isTrue();
        send(server, "no-reply@portico.localhost", "Second", "two", "<p>two</p>", "b@client.example");
        assertThat(server.waitForIncomingMail(TIMEOUT, 2)).isTrue();

        assertThat(server.all()).extracting(CapturedMail::subject).containsExactly("First", "Second");
    }

    @Test
    void lists_a_mail_to_several_recipients_once() throws Exception {
        send(server, "no-reply@portico.localhost", "To both", "hi", "<p>hi</p>", "a@client.example", "b@client.example");

        assertThat(server.waitForIncomingMail(TIMEOUT, 2)).isTrue(); // one copy per mailbox
        assertThat(server.all()).singleElement()
                .satisfies(mail -> assertThat(mail.to()).containsExactly("a@client.example", "b@client.example"));
    }

    @Test
    void recipients_log_in_over_IMAP_with_their_address_as_login_and_password() throws Exception {
        send(server, "no-reply@portico.localhost", "Over IMAP", "text", "<p>html</p>", "marco@client.example");
        assertThat(server.waitForIncomingMail(TIMEOUT, 1)).isTrue();

        var inbox = ImapInbox.read(server.host(), server.imapPort(), "marco@client.example", "marco@client.example");

        assertThat(inbox).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Over IMAP");
            assertThat(mail.part("text/plain").content()).isEqualTo("text");
            assertThat(mail.part("text/html").content()).isEqualTo("<p>html</p>");
        });
        assertThatThrownBy(() -> ImapInbox.read(server.host(), server.imapPort(), "marco@client.example", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void a_mailbox_created_ahead_of_any_mail_can_log_in_and_is_empty() throws Exception {
        assertThatThrownBy(() -> ImapInbox.read(server.host(), server.imapPort(), "sync@studio.example", "sync@studio.example"))
                .isInstanceOf(AuthenticationFailedException.class);

        server.createMailbox("sync@studio.example");

        assertThat(ImapInbox.read(server.host(), server.imapPort(), "sync@studio.example", "sync@studio.example")).isEmpty();
    }

    @Test
    void picks_free_ports_so_that_several_servers_run_side_by_side() {
        try (var other = EmbeddedMailServer.start()) {
            assertThat(List.of(other.smtpPort(), other.imapPort()))
                    .doesNotContainAnyElementsOf(List.of(server.smtpPort(), server.imapPort()))
                    .allSatisfy(port -> assertThat(port).isPositive());
        }
    }

    @Test
    void refuses_mail_while_SMTP_is_stopped_and_accepts_it_again_on_the_same_port_keeping_what_it_caught() throws Exception {
        send(server, "no-reply@portico.localhost", "Before", "1", "<p>1</p>", "a@client.example");
        assertThat(server.waitForIncomingMail(TIMEOUT, 1)).isTrue();

        server.stopSmtp();
        assertThatThrownBy(() -> send(server, "no-reply@portico.localhost", "While down", "2", "<p>2</p>", "a@client.example"))
                .isInstanceOf(MailSendException.class);

        server.restartSmtp();
        send(server, "no-reply@portico.localhost", "After", "3", "<p>3</p>", "a@client.example");
        assertThat(server.waitForIncomingMail(TIMEOUT, 2)).isTrue();
        assertThat(server.all()).extracting(CapturedMail::subject).containsExactly("Before", "After");
    }

    @Test
    void starts_again_on_the_same_ports_after_being_stopped() throws Exception {
        int smtpPort = server.smtpPort();
        int imapPort = server.imapPort();
        server.stop();

        try (var restarted = EmbeddedMailServer.start(smtpPort, imapPort)) {
            assertThat(restarted.smtpPort()).isEqualTo(smtpPort);
            assertThat(restarted.imapPort()).isEqualTo(imapPort);
            send(restarted, "no-reply@portico.localhost", "Again", "x", "<p>x</p>", "a@client.example");
            assertThat(restarted.waitForIncomingMail(TIMEOUT, 1)).isTrue();
            assertThat(restarted.all()).extracting(CapturedMail::subject).containsExactly("Again");
        }
    }

    // Built with Spring's helper (mixed > related > alternative), not SmtpMailSender's flat alternative,
    // so the capture is shown to find the bodies however deep they are.
    private static void send(EmbeddedMailServer to, String from, String subject, String text, String html, String... recipients)
            throws MessagingException {
        var mailSender = new JavaMailSenderImpl();
        mailSender.setHost(to.host());
        mailSender.setPort(to.smtpPort());
        var message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipients);
        helper.setSubject(subject);
        helper.setText(text, html);
        mailSender.send(message);
    }
}
