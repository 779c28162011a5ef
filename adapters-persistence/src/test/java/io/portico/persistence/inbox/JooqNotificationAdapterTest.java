package io.portico.persistence.inbox;

import io.portico.application.inbox.NotificationPortContract;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqNotificationAdapterTest extends NotificationPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final NotificationPort notifications = new JooqNotificationAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected NotificationPort notifications() {
        return notifications;
    }
}
