package io.portico.application.notification;

import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.domain.notification.NotificationRecipient;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Writes notification mails from {@link NotificationMails}' frame and queues them, in the caller's transaction. */
public final class NotificationMailer {

    private final NotificationMails mails;
    private final MailQueue queue;

    public NotificationMailer(NotificationMails mails, MailQueue queue) {
        this.mails = mails;
        this.queue = queue;
    }

    /** One event's mail to one recipient: its item ({@link NotificationMails#item}) and the files it carries. */
    record Mailing(NotificationRecipient to, Map<String, Object> item, List<FileAttachment> attachments) {
    }

    /** One mail per mailing, the mails' ids in the same order; a pending address gets one fresh link (C3), however many mails. */
    List<UUID> queueEach(List<Mailing> mailings, Instant now) {
        Map<EmailAddress, String> activationLinks = new HashMap<>();
        String firmName = mails.firmName();
        List<MailQueue.Request> requests = mailings.stream().map(mailing -> {
            NotificationRecipient to = mailing.to();
            String link = to.pending() ? activationLinks.computeIfAbsent(to.email(), email -> mails.activationLink(email, now)) : "";
            return new MailQueue.Request(to.email(), MailTemplate.CLIENT_NOTIFICATION, to.language(), mails.model(mailing.item(), link, firmName),
                    mailing.attachments());
        }).toList();
        return queue.queueAll(requests);
    }

    /** One mail listing the items; {@code pending} adds C3's banner with a fresh link. */
    UUID queueDigest(EmailAddress to, Locale language, List<Map<String, Object>> items, boolean pending, Instant now) {
        return queue.queue(to, MailTemplate.NOTIFICATION_DIGEST, language,
                mails.model(Map.of("items", items), pending ? mails.activationLink(to, now) : "", mails.firmName()));
    }
}
