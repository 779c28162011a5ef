package io.portico.application.notification;

import io.portico.application.notification.NotificationMailer.Mailing;
import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.in.NotificationDelivery.DeliveryStatus;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDeliveryPort.SentNotification;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.application.notification.port.out.NotificationDigestPort.HeldNotification;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Recipient;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Wanted;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * C1–C5: finds every notification's recipients in one go, queues one mail each (or holds it for the address's
 * digest) in the caller's transaction, and records the deliveries of notifications raised with a reference.
 */
public final class RaiseNotificationService implements RaiseNotificationUseCase {

    private final NotificationRecipientsPort recipients;
    private final NotificationDigestPort digests;
    private final NotificationDeliveryPort deliveries;
    private final NotificationMailer mailer;
    private final Transactions transactions;
    private final Clock clock;

    public RaiseNotificationService(NotificationRecipientsPort recipients, NotificationDigestPort digests,
                                    NotificationDeliveryPort deliveries, NotificationMailer mailer, Transactions transactions,
                                    Clock clock) {
        this.recipients = recipients;
        this.digests = digests;
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<NotificationDelivery> raise(List<Notification> notifications) {
        List<Wanted> wanted = notifications.stream().map(n -> new Wanted(n.account(), n.event().category())).toList();
        return transactions.inTransaction(() -> deliver(notifications, recipients.recipients(wanted), clock.instant()));
    }

    private List<NotificationDelivery> deliver(List<Notification> notifications, List<Recipient> found, Instant now) {
        List<Recipient> mailed = new ArrayList<>();
        List<Mailing> mailings = new ArrayList<>();
        List<HeldNotification> held = new ArrayList<>();
        for (Recipient recipient : found) {
            Notification notification = notifications.get(recipient.notification());
            if (recipient.to().inDigest()) {
                held.add(new HeldNotification(notification.reference(), notification.account(), recipient.accountName(),
                        recipient.to().email(), recipient.to().language(), notification.event(), notification.parameters(), now));
            } else {
                mailed.add(recipient);
                mailings.add(new Mailing(recipient.to(), NotificationMails.item(recipient.accountName(), notification.event(),
                        notification.parameters()), notification.attachments()));
            }
        }
        digests.hold(held);
        record(notifications, mailed, mailer.queueEach(mailings, now));
        return found.stream().map(r -> new NotificationDelivery(notifications.get(r.notification()).account(), r.to().email(),
                DeliveryStatus.QUEUED)).toList();
    }

    private void record(List<Notification> notifications, List<Recipient> mailed, List<UUID> mailIds) {
        List<SentNotification> sent = new ArrayList<>();
        for (int i = 0; i < mailed.size(); i++) {
            Recipient recipient = mailed.get(i);
            Notification notification = notifications.get(recipient.notification());
            UUID mail = mailIds.get(i);
            notification.reference().ifPresent(reference ->
                    sent.add(new SentNotification(reference, notification.account(), recipient.to().email(), mail)));
        }
        deliveries.recordSent(sent);
    }
}
