package io.portico.persistence.staff;

import io.portico.application.staff.SyncedMailMutePortContract;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.SyncedMailMutePort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqSyncedMailMuteAdapterTest extends SyncedMailMutePortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = new JooqStaffAdapter(postgres.dsl());
    private final SyncedMailMutePort mutes = new JooqSyncedMailMuteAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected SyncedMailMutePort mutes() {
        return mutes;
    }
}
