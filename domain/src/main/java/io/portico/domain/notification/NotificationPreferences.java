package io.portico.domain.notification;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * C1, issue 11 item 1: what one address hears of on one account — every notification, or only the chosen
 * categories — and whether each comes as it happens or in one daily digest. An address that never chose
 * has {@link #DEFAULT}. The firm's locked categories are received whatever was chosen.
 */
public record NotificationPreferences(boolean all, Set<NotificationCategory> chosen, DeliveryMode delivery) {

    public static final NotificationPreferences DEFAULT = everything(DeliveryMode.EACH_AS_IT_HAPPENS);

    public NotificationPreferences {
        // "all" also covers categories added later, so it keeps no list of its own
        chosen = all || chosen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(chosen));
        Objects.requireNonNull(delivery, "delivery");
    }

    public static NotificationPreferences everything(DeliveryMode delivery) {
        return new NotificationPreferences(true, Set.of(), delivery);
    }

    public static NotificationPreferences only(Set<NotificationCategory> categories, DeliveryMode delivery) {
        return new NotificationPreferences(false, categories, delivery);
    }

    /** C1: the recipient rule, given NOTIFY is on: a chosen or locked category is received. */
    public boolean receives(NotificationEvent event, LockedCategories locked) {
        return receives(event.category(), locked);
    }

    public boolean receives(NotificationCategory category, LockedCategories locked) {
        return all || chosen.contains(category) || locked.isLocked(category);
    }
}
