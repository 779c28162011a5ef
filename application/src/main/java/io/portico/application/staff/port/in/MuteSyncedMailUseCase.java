package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;

/** Item 8: each member mutes (or hears again) the Inbox+ notices of new synced mail, for themselves only. */
public interface MuteSyncedMailUseCase {

    void mute(StaffId self, boolean muted);

    boolean muted(StaffId self);
}
