package io.portico.mail.smtp;

import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a rendered mail over SMTP as multipart/alternative: plain text first, HTML preferred by readers that can
 * show it; with files, that alternative is the first part of a multipart/mixed and each file follows it.
 */
@Component
public final class SmtpMailSender implements SendMailPort {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailSender;
    private final InternetAddress from;

    @Autowired
    SmtpMailSender(JavaMailSender mailSender, @Value("${portico.mail.from:Portico <no-reply@portico.localhost>}") String from) {
        this(mailSender, parseFrom(from));
    }

    private SmtpMailSender(JavaMailSender mailSender, InternetAddress from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Item 7: a sender through another server (a firm mailbox's own), from its address. */
    public static SendMailPort through(JavaMailSender mailSender, InternetAddress from) {
        return new SmtpMailSender(mailSender, from);
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message = build(mail);
        try {
            mailSender.send(message);
        } catch (MailException e) {
            throw notSent(mail, e);
        }
    }

    /**
     * One SMTP connection for the whole list (Spring's sender sends an array of messages over one transport):
     * a connection per mail costs more than the mail. A mail refused or not built fails alone.
     */
    @Override
    public Map<Integer, RuntimeException> sendAll(List<OutgoingMail> mails) {
        Map<Integer, RuntimeException> failed = new HashMap<>();
        Map<MimeMessage, Integer> positions = new IdentityHashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            try {
                MimeMessage message = build(mails.get(i));
                positions.put(message, i);
                messages.add(message);
            } catch (MailDeliveryException e) {
                failed.put(i, e);
            }
        }
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            mailSender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            e.getFailedMessages().forEach((message, cause) -> {
                int i = positions.get(message);
                failed.put(i, notSent(mails.get(i), new MailSendException("not sent", cause)));
            });
        } catch (MailException e) { // nothing went out, e.g. the server refused the sign-in
            positions.values().forEach(i -> failed.put(i, notSent(mails.get(i), e)));
        }
        return failed;
    }

    private static MailDeliveryException notSent(OutgoingMail mail, MailException e) {
        return new MailDeliveryException("Could not send mail to " + mail.to() + ": " + DeliveryFailure.describe(e), e);
    }

    private MimeMessage build(OutgoingMail mail) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            message.setFrom(from);
            message.setRecipient(RecipientType.TO, new InternetAddress(mail.to().value(), true));
            message.setSubject(mail.subject(), UTF_8);
            if (mail.replyTo().isPresent()) {
                message.setReplyTo(new Address[] {new InternetAddress(mail.replyTo().get().value(), true)});
            }
            if (mail.envelope().isPresent()) {
                threading(message, mail.envelope().get());
            }
            MimeMultipart body = alternative(mail);
            if (mail.attachments().isEmpty()) {
                message.setContent(body);
            } else {
                MimeBodyPart readable = new MimeBodyPart();
                readable.setContent(body);
                MimeMultipart mixed = new MimeMultipart("mixed", readable);
                for (FileAttachment file : mail.attachments()) {
                    mixed.addBodyPart(part(file));
                }
                message.setContent(mixed);
            }
            return message;
        } catch (MessagingException e) {
            // Reported as a delivery failure so the outbox records it on this mail (and gives up after its
            // retries) instead of the exception aborting the whole dispatch batch.
            throw new MailDeliveryException("Could not build mail to " + mail.to() + ": " + e.getMessage(), e);
        }
    }

    // Item 7: the Message-ID the reply is stored under, the headers that thread it, and its copies. Spring's sender keeps
    // a Message-ID set here instead of making a new one.
    private static void threading(MimeMessage message, MailboxEnvelope envelope) throws MessagingException {
        message.setHeader("Message-ID", envelope.messageId());
        if (envelope.inReplyTo().isPresent()) {
            message.setHeader("In-Reply-To", envelope.inReplyTo().get());
        }
        if (!envelope.references().isEmpty()) {
            message.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", envelope.references())));
        }
        for (EmailAddress cc : envelope.cc()) {
            message.addRecipient(RecipientType.CC, new InternetAddress(cc.value(), true));
        }
    }

    private static MimeMultipart alternative(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), UTF_8, "html");
        // In multipart/alternative the last part is the richest, and the one clients show when they can.
        return new MimeMultipart("alternative", text, html);
    }

    private static MimeBodyPart part(FileAttachment file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        try {
            part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(file.fileName(), UTF_8, null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    // Parsed once so that a malformed portico.mail.from stops the application at startup, not at the first mail.
    private static InternetAddress parseFrom(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            return parsed.getPersonal() == null ? parsed : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("portico.mail.from is not a valid address: " + from, e);
        }
    }
}
