package io.portico.application.inbox.port.in;

import io.portico.domain.inbox.NotificationId;
import io.portico.domain.staff.StaffId;

public interface MarkNotificationReadUseCase {

    void markRead(StaffId viewer, NotificationId notification);
}
