package io.portico.application.staff;

import io.portico.application.staff.port.out.SyncedMailMutePort;
import io.portico.domain.staff.StaffId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Who muted notices of new synced mail; only members of the given staff, as the database's column on staff. */
public final class InMemorySyncedMailMutes implements SyncedMailMutePort {

    private final InMemoryStaff staff;
    private final Set<StaffId> muted = ConcurrentHashMap.newKeySet();

    public InMemorySyncedMailMutes(InMemoryStaff staff) {
        this.staff = staff;
    }

    @Override
    public boolean muted(StaffId member) {
        return muted.contains(member);
    }

    @Override
    public void mute(StaffId member, boolean mute) {
        if (!mute) {
            muted.remove(member);
        } else if (staff.findById(member).isPresent()) {
            muted.add(member);
        }
    }
}
