package io.portico.mail.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.mailbox.SyncError;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** D1, issue 13 item 1: *Test connection* signs in to IMAP (opening the inbox) and SMTP and names what failed. */
class MailboxProbeTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("office@studio.example", "office-login", "s3cret"));

    private final MailboxProbe probe = new MailboxProbe();

    private static MailServer imap(String password) {
        return new MailServer("127.0.0.1", greenMail.getImap().getPort(), Security.NONE, "office-login", new Secret(password));
    }

    private static MailServer smtp(String password) {
        return new MailServer("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE, "office-login", new Secret(password));
    }

    @Test
    void issue13_item1_the_right_credentials_sign_in_to_both_servers() {
        assertThat(probe.tryImap(imap("s3cret"))).isEmpty();
        assertThat(probe.trySmtp(smtp("s3cret"))).isEmpty();
    }

    @Test
    void issue13_item1_a_wrong_password_is_named_per_server() {
        assertThat(probe.tryImap(imap("wrong"))).contains(SyncError.WRONG_PASSWORD);
        assertThat(probe.trySmtp(smtp("wrong"))).contains(SyncError.WRONG_PASSWORD);
    }

    @Test
    void issue13_item1_a_server_that_does_not_answer_or_does_not_exist_is_unreachable() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(probe.tryImap(new MailServer("127.0.0.1", closed, Security.NONE, "u", new Secret("p")))).contains(SyncError.HOST_UNREACHABLE);
        assertThat(probe.trySmtp(new MailServer("mail.nowhere.invalid", 587, Security.STARTTLS, "u", new Secret("p"))))
                .contains(SyncError.HOST_UNREACHABLE);
    }

    @Test
    void issue13_item1_a_server_that_cannot_start_tls_is_refused_rather_than_signed_in_to_in_clear() {
        assertThat(probe.trySmtp(new MailServer("127.0.0.1", greenMail.getSmtp().getPort(), Security.STARTTLS, "office-login",
                new Secret("s3cret")))).isPresent();
        assertThat(probe.tryImap(new MailServer("127.0.0.1", greenMail.getImap().getPort(), Security.TLS, "office-login",
                new Secret("s3cret")))).contains(SyncError.CERTIFICATE);
    }
}
