package io.portico.domain.notification;

/** Issue 11, item 1: how an address receives its notifications. */
public enum DeliveryMode {
    /** One mail per notification, queued when it is raised. */
    EACH_AS_IT_HAPPENS,
    /** One mail a day with every notification raised since the last one. */
    DAILY_DIGEST
}
