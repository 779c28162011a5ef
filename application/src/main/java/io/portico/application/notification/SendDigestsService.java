package io.portico.application.notification;

import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.notification.port.in.SendNotificationDigestsUseCase;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.application.notification.port.out.NotificationDigestPort.Digest;
import io.portico.application.notification.port.out.NotificationDigestPort.HeldItem;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.shared.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 11, item 1: each address with held notifications gets one mail listing them all, a few addresses per
 * transaction; the items are claimed with SKIP LOCKED, so with several nodes each goes in one digest only.
 */
public final class SendDigestsService implements SendNotificationDigestsUseCase {

    private static final int ADDRESSES_PER_TRANSACTION = 100;

    private final NotificationDigestPort digests;
    private final NotificationMails mails;
    private final MailQueue queue;
    private final PortalUserPort users;
    private final PortalAccessPort access;
    private final Transactions transactions;
    private final Clock clock;

    public SendDigestsService(NotificationDigestPort digests, NotificationMails mails, MailQueue queue, PortalUserPort users,
                              PortalAccessPort access, Transactions transactions, Clock clock) {
        this.digests = digests;
        this.mails = mails;
        this.queue = queue;
        this.users = users;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int sendDigests() {
        Instant before = clock.instant();
        int sent = 0;
        int batch;
        do {
            batch = transactions.inTransaction(() -> sendBatch(before));
            sent += batch;
        } while (batch > 0);
        return sent;
    }

    private int sendBatch(Instant before) {
        List<Digest> claimed = digests.claim(before, ADDRESSES_PER_TRANSACTION);
        for (Digest digest : claimed) {
            UUID mail = queue.queue(digest.to(), MailTemplate.NOTIFICATION_DIGEST, digest.language(), model(digest, before));
            digests.sent(digest.items().stream().map(HeldItem::id).toList(), mail);
        }
        return claimed.size();
    }

    private Map<String, Object> model(Digest digest, Instant now) {
        List<Map<String, Object>> items = digest.items().stream().map(HeldItem::notification)
                .map(held -> NotificationMails.item(held.accountName(), held.event(), held.parameters())).toList();
        return mails.model(Map.of("items", items), pending(digest.to()) ? mails.activationLink(digest.to(), now) : "");
    }

    /** C3, as the digest goes: LOGIN on somewhere and not activated yet. */
    private boolean pending(EmailAddress email) {
        return users.findByEmail(email).isEmpty() && !access.loginAccounts(email).isEmpty();
    }
}
