package io.portico.mail.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 13 item 7: a reply leaves through its mailbox's SMTP server, from its address, with the headers that thread it. */
class MailboxSmtpSenderTest {

    private static final long TIMEOUT_MILLIS = 5_000;

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("office@studio.example", "office-smtp", "s3cret"));

    private final MailboxSmtpSender sender = new MailboxSmtpSender();

    private static Mailbox office(String smtpPassword) {
        return new Mailbox(MailboxId.random(), "Studio Rossi, Office", new EmailAddress("office@studio.example"),
                new MailServer("127.0.0.1", greenMail.getImap().getPort(), Security.NONE, "office-imap", new Secret("unused")),
                new MailServer("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE, "office-smtp", new Secret(smtpPassword)));
    }

    private static OutgoingMail reply(Mailbox mailbox) {
        return new OutgoingMail(new EmailAddress("marco@client.example"), "Re: Documents", "<p>Received, thanks</p>", "Received, thanks")
                .withEnvelope(new MailboxEnvelope(mailbox.id(), "<reply-42@studio.example>", Optional.of("<question-7@client.example>"),
                        List.of("<first-1@client.example>", "<question-7@client.example>"), List.of(new EmailAddress("anna@client.example"))));
    }

    @Test
    void issue13_item7_a_mail_with_an_envelope_arrives_from_the_mailbox_with_its_message_id_threading_headers_and_cc() throws Exception {
        Mailbox office = office("s3cret");

        assertThat(sender.sendAll(office, List.of(reply(office)))).isEmpty();

        assertThat(greenMail.waitForIncomingEmail(TIMEOUT_MILLIS, 2)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(Arrays.stream(received).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(Object::toString).distinct()).containsExactlyInAnyOrder("marco@client.example", "anna@client.example");
        MimeMessage mail = received[0];
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("\"Studio Rossi, Office\" <office@studio.example>");
        assertThat(mail.getMessageID()).isEqualTo("<reply-42@studio.example>");
        assertThat(mail.getHeader("In-Reply-To")).containsExactly("<question-7@client.example>");
        assertThat(mail.getHeader("References", " ").replaceAll("\\s+", " "))
                .isEqualTo("<first-1@client.example> <question-7@client.example>");
        assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly("marco@client.example");
        assertThat(mail.getRecipients(RecipientType.CC)).extracting(Object::toString).containsExactly("anna@client.example");
        assertThat(mail.getSubject()).isEqualTo("Re: Documents");
    }

    @Test
    void issue13_item7_it_signs_in_as_the_mailboxs_smtp_user_so_a_wrong_password_sends_nothing() {
        Mailbox office = office("not the password");

        var failed = sender.sendAll(office, List.of(reply(office), reply(office)));

        assertThat(failed).containsOnlyKeys(0, 1);
        assertThat(failed.get(0).getMessage()).doesNotContain("not the password");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
