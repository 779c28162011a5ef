package io.portico.application.notification;

import io.portico.application.notification.port.in.SendNotificationDigestsUseCase;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.application.notification.port.out.NotificationDigestPort.Digest;
import io.portico.application.notification.port.out.NotificationDigestPort.HeldItem;
import io.portico.application.shared.port.out.Transactions;
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
    private final NotificationMailer mailer;
    private final PortalAddresses addresses;
    private final Transactions transactions;
    private final Clock clock;

    public SendDigestsService(NotificationDigestPort digests, NotificationMailer mailer, PortalAddresses addresses,
                              Transactions transactions, Clock clock) {
        this.digests = digests;
        this.mailer = mailer;
        this.addresses = addresses;
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
            UUID mail = mailer.queueDigest(digest.to(), digest.language(), items(digest), addresses.pending(digest.to()), before);
            digests.sent(digest.items().stream().map(HeldItem::id).toList(), mail);
        }
        return claimed.size();
    }

    private static List<Map<String, Object>> items(Digest digest) {
        return digest.items().stream().map(HeldItem::notification)
                .map(held -> NotificationMails.item(held.accountName(), held.event(), held.parameters())).toList();
    }
}
