package io.portico.application.notification.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationRecipient;
import java.util.List;

/**
 * C1, C3: who receives each of many notifications, found at once (a bulk email raises thousands): the
 * account's addresses with NOTIFY on whose preferences include the event's category or whose category
 * the firm locked — {@link NotificationRecipient#of}, applied by the store.
 */
public interface NotificationRecipientsPort {

    /** @return the recipients of every notification, each naming the notification by its index in the list */
    List<Recipient> recipients(List<Wanted> notifications);

    /** What decides a notification's recipients: its account, and its event's category. */
    record Wanted(AccountId account, NotificationCategory category) {
    }

    /** One address of the {@code notification}-th notification's account, whose name the mail shows. */
    record Recipient(int notification, String accountName, NotificationRecipient to) {
    }
}
