package io.portico.application.health.port.out;

/** Issue 14 item 7: the problems admins are told of in Inbox+, once per spell. */
public enum HealthProblem {
    /** The outbox's oldest waiting mail waits more than 15 minutes. */
    OUTBOX_STALLED,
    /** The newest backup failed. */
    BACKUP_FAILED
}
