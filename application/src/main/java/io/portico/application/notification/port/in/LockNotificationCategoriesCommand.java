package io.portico.application.notification.port.in;

import io.portico.domain.notification.LockedCategories;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 11, item 1: Settings → Notifications, the categories no client can turn off. */
public record LockNotificationCategoriesCommand(StaffId actor, LockedCategories locked) {

    public LockNotificationCategoriesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(locked, "locked");
    }
}
