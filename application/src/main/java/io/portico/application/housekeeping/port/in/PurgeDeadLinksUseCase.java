package io.portico.application.housekeeping.port.in;

/** Removes the links sent by mail that can no longer be used: sign-up verifications and password resets. */
public interface PurgeDeadLinksUseCase {

    /** @return how many were removed */
    int purge();
}
