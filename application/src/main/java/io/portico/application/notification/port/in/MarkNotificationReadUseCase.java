package io.portico.application.notification.port.in;

import io.portico.domain.notification.NotificationId;
import io.portico.domain.staff.StaffId;

public interface MarkNotificationReadUseCase {

    void markRead(StaffId viewer, NotificationId notification);
}
