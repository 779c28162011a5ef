package io.portico.mail.mailbox;

import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mailbox.port.out.SendThroughMailboxPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.mail.smtp.SmtpMailSender;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Item 7: mails from a firm mailbox go through its own SMTP server, signed in as its SMTP user, from its address and
 * name. The message itself (bodies, files, the envelope's threading headers) is built as for every other mail, by
 * {@link SmtpMailSender}; only the server and the sender differ. One connection per mailbox and batch.
 */
@Component
class MailboxSmtpSender implements SendThroughMailboxPort {

    @Override
    public Map<Integer, RuntimeException> sendAll(Mailbox mailbox, List<OutgoingMail> mails) {
        InternetAddress from;
        try {
            from = new InternetAddress(mailbox.address().value(), mailbox.name(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        return SmtpMailSender.through(server(mailbox), from).sendAll(mails);
    }

    private static JavaMailSenderImpl server(Mailbox mailbox) {
        var smtp = mailbox.smtp();
        var sender = new JavaMailSenderImpl();
        sender.setProtocol(MailServerSessions.protocol("smtp", smtp));
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setUsername(smtp.user());
        sender.setPassword(smtp.password().value());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        sender.setJavaMailProperties(MailServerSessions.properties("smtp", smtp));
        return sender;
    }
}
