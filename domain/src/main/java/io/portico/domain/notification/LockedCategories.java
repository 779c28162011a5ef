package io.portico.domain.notification;

import java.util.EnumSet;
import java.util.Set;

/** Issue 11, item 1: the categories the firm locks on, which no address can turn off (e.g. invoices). */
public record LockedCategories(Set<NotificationCategory> categories) {

    public static final LockedCategories NONE = new LockedCategories(Set.of());

    public LockedCategories {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    public boolean isLocked(NotificationCategory category) {
        return categories.contains(category);
    }
}
