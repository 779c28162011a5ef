package io.portico.application.notification.port.out;

import io.portico.domain.notification.LockedCategories;

/** Issue 11, item 1: the categories the firm locks on; none until it locks one. */
public interface LockedCategoriesPort {

    LockedCategories load();

    void save(LockedCategories locked);
}
