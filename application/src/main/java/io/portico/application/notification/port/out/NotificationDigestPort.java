package io.portico.application.notification.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Issue 11, item 1: notifications held for an address's daily digest until it is sent. */
public interface NotificationDigestPort {

    void hold(List<HeldNotification> held);

    /**
     * Every unsent item of up to {@code addresses} addresses, raised before {@code before}, grouped by address and
     * oldest first; call inside a transaction: the items stay locked until it ends and another node skips them.
     */
    List<Digest> claim(Instant before, int addresses);

    /** The items went in this outbox mail. */
    void sent(List<UUID> items, UUID mail);

    record HeldNotification(Optional<UUID> reference, AccountId account, String accountName, EmailAddress to, Locale language,
                            NotificationEvent event, Map<String, String> parameters, Instant raisedAt) {

        public HeldNotification {
            parameters = Map.copyOf(parameters);
        }
    }

    record HeldItem(UUID id, HeldNotification notification) {
    }

    /** One address's items; the language of its latest. */
    record Digest(EmailAddress to, Locale language, List<HeldItem> items) {

        public Digest {
            items = List.copyOf(items);
        }
    }
}
