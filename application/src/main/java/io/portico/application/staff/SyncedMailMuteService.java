package io.portico.application.staff;

import io.portico.application.staff.port.in.MuteSyncedMailUseCase;
import io.portico.application.staff.port.out.SyncedMailMutePort;
import io.portico.domain.staff.StaffId;

/** Item 8: the signed-in member's own switch; the notices of new synced mail leave out whoever muted them. */
public final class SyncedMailMuteService implements MuteSyncedMailUseCase {

    private final SyncedMailMutePort mutes;

    public SyncedMailMuteService(SyncedMailMutePort mutes) {
        this.mutes = mutes;
    }

    @Override
    public void mute(StaffId self, boolean muted) {
        mutes.mute(self, muted);
    }

    @Override
    public boolean muted(StaffId self) {
        return mutes.muted(self);
    }
}
