package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.SyncedMailMutePort;

class InMemorySyncedMailMutesTest extends SyncedMailMutePortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemorySyncedMailMutes mutes = new InMemorySyncedMailMutes(staff);

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected SyncedMailMutePort mutes() {
        return mutes;
    }
}
