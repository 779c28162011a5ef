package io.portico.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.RenderMailPort;
import io.portico.application.mail.port.out.SendMailPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.mail.testing.ImapInbox;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** What the application gets by scanning this module: a renderer and a sender that work together. */
class MailAdaptersWiringTest {

    @Test
    void a_scanned_renderer_and_sender_deliver_the_password_reset_mail_from_the_default_sender() throws Exception {
        try (var server = EmbeddedMailServer.start(); var context = new AnnotationConfigApplicationContext()) {
            context.registerBean(JavaMailSender.class, () -> {
                var mailSender = new JavaMailSenderImpl();
                mailSender.setHost(server.host());
                mailSender.setPort(server.smtpPort());
                return mailSender;
            });
            context.scan("io.portico.mail");
            context.refresh();

            var mail = context.getBean(RenderMailPort.class).render(new EmailAddress("ioana@studio.example"),
                    MailTemplate.STAFF_PASSWORD_RESET, Locale.of("ro"),
                    Map.of("firstName", "Ioana", "link", "https://portico.example/reset-password?token=t", "validMinutes", 60L));
            context.getBean(SendMailPort.class).send(mail);

            assertThat(server.waitForIncomingMail(Duration.ofSeconds(5), 1)).isTrue();
            var inbox = ImapInbox.read(server.host(), server.imapPort(), "ioana@studio.example", "ioana@studio.example");
            assertThat(inbox).singleElement().satisfies(read -> {
                assertThat(read.from()).isEqualTo("Portico <no-reply@portico.localhost>");
                assertThat(read.subject()).isEqualTo("Resetează-ți parola Portico");
                assertThat(asSent(read.part("text/plain").content())).isEqualTo(mail.textBody().stripTrailing());
                assertThat(asSent(read.part("text/html").content())).isEqualTo(mail.htmlBody().stripTrailing());
            });
        }
    }

    // Mail travels with CRLF line ends, and MIME counts the line break before a boundary as part of the boundary.
    private static String asSent(String received) {
        return received.replace("\r\n", "\n");
    }
}
