package io.portico.application.notification.port.in;

import io.portico.domain.notification.LockedCategories;

public interface LockNotificationCategoriesUseCase {

    /** @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin */
    void lock(LockNotificationCategoriesCommand command);

    LockedCategories locked();
}
