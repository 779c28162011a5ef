package io.portico.application.notification.port.in;

/** Issue 11, item 1: the daily task; each address with held notifications gets one mail with them all. */
public interface SendNotificationDigestsUseCase {

    /** @return how many digests were queued */
    int sendDigests();
}
