package io.portico.application.notification;

import io.portico.application.notification.port.in.LockNotificationCategoriesCommand;
import io.portico.application.notification.port.in.LockNotificationCategoriesUseCase;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.domain.notification.LockedCategories;

/** Issue 11, item 1: Settings → Notifications, kept by owners and admins. */
public final class LockedCategoriesService implements LockNotificationCategoriesUseCase {

    private final LockedCategoriesPort store;
    private final Administrators administrators;
    private final Transactions transactions;

    public LockedCategoriesService(LockedCategoriesPort store, Administrators administrators, Transactions transactions) {
        this.store = store;
        this.administrators = administrators;
        this.transactions = transactions;
    }

    @Override
    public void lock(LockNotificationCategoriesCommand command) {
        administrators.require(command.actor(), "lock notification categories");
        transactions.inTransaction(() -> store.save(command.locked()));
    }

    @Override
    public LockedCategories locked() {
        return store.load();
    }
}
