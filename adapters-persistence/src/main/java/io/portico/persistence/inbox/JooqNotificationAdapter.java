package io.portico.persistence.inbox;

import static io.portico.persistence.jooq.Tables.STAFF_NOTIFICATION;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.inbox.NotificationId;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.StaffNotificationRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqNotificationAdapter implements NotificationPort {

    private final DSLContext dsl;

    JooqNotificationAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(InboxNotification n) {
        dsl.insertInto(STAFF_NOTIFICATION)
                .set(STAFF_NOTIFICATION.ID, n.id().value())
                .set(STAFF_NOTIFICATION.RECIPIENT, n.recipient().value())
                .set(STAFF_NOTIFICATION.MESSAGE_KEY, n.messageKey())
                .set(STAFF_NOTIFICATION.ARGUMENTS, n.arguments().toArray(String[]::new))
                .set(STAFF_NOTIFICATION.LINK, n.link())
                .set(STAFF_NOTIFICATION.CREATED_AT, n.createdAt())
                .set(STAFF_NOTIFICATION.READ_AT, n.readAt().orElse(null))
                .execute();
    }

    @Override
    public List<InboxNotification> latest(StaffId recipient, int limit) {
        return dsl.selectFrom(STAFF_NOTIFICATION).where(STAFF_NOTIFICATION.RECIPIENT.eq(recipient.value()))
                .orderBy(STAFF_NOTIFICATION.CREATED_AT.desc()).limit(limit).fetch(JooqNotificationAdapter::toNotification);
    }

    @Override
    public int unread(StaffId recipient) {
        return dsl.fetchCount(STAFF_NOTIFICATION, STAFF_NOTIFICATION.RECIPIENT.eq(recipient.value()).and(STAFF_NOTIFICATION.READ_AT.isNull()));
    }

    @Override
    public void markRead(StaffId recipient, NotificationId id, Instant at) {
        dsl.update(STAFF_NOTIFICATION).set(STAFF_NOTIFICATION.READ_AT, at)
                .where(STAFF_NOTIFICATION.ID.eq(id.value()))
                .and(STAFF_NOTIFICATION.RECIPIENT.eq(recipient.value()))
                .and(STAFF_NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    private static InboxNotification toNotification(StaffNotificationRecord row) {
        return new InboxNotification(new NotificationId(row.getId()), new StaffId(row.getRecipient()), row.getMessageKey(),
                List.of(row.getArguments()), row.getLink(), row.getCreatedAt(), Optional.ofNullable(row.getReadAt()));
    }
}
