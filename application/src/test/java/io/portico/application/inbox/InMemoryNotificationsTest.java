package io.portico.application.inbox;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryNotificationsTest extends NotificationPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryNotifications notifications = new InMemoryNotifications();

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected NotificationPort notifications() {
        return notifications;
    }
}
