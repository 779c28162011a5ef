package io.portico.persistence.notification;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static io.portico.persistence.jooq.Tables.NOTIFICATION_DELIVERY;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;

import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.EmailAddress;
import io.portico.persistence.jooq.tables.records.NotificationDeliveryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** The notification_delivery table: deliveries by reference, and digest items claimed with SKIP LOCKED. */
@Repository
class JooqNotificationDeliveryAdapter implements NotificationDeliveryPort, NotificationDigestPort {

    private static final int BATCH = 1000;

    /** Held until the digest's mail is set; then the outbox row's status (PENDING, SENT, DEAD), or purged once it is gone. */
    private static final Field<String> STATE = when(NOTIFICATION_DELIVERY.MAIL_ID.isNull(), inline(MailState.HELD.name()))
            .when(MAIL_OUTBOX.ID.isNull(), inline(MailState.PURGED.name()))
            .otherwise(MAIL_OUTBOX.STATUS);

    private final DSLContext dsl;

    JooqNotificationDeliveryAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void recordSent(List<SentNotification> sent) {
        insert(sent.stream().map(s -> row(Optional.of(s.reference()), s.account(), s.to(), s.mail(), false)).toList());
    }

    @Override
    public void hold(List<HeldNotification> held) {
        insert(held.stream().map(h -> {
            NotificationDeliveryRecord row = row(h.reference(), h.account(), h.to(), null, true);
            row.setRaisedAt(h.raisedAt());
            row.setAccountName(h.accountName());
            row.setEvent(h.event().name());
            row.setLanguage(h.language().getLanguage());
            row.setParameterNames(h.parameters().keySet().toArray(String[]::new));
            row.setParameterValues(h.parameters().keySet().stream().map(h.parameters()::get).toArray(String[]::new));
            return row;
        }).toList());
    }

    private NotificationDeliveryRecord row(Optional<UUID> reference, AccountId account, EmailAddress to, UUID mail, boolean digest) {
        NotificationDeliveryRecord row = dsl.newRecord(NOTIFICATION_DELIVERY);
        row.setId(UUID.randomUUID());
        row.setReference(reference.orElse(null));
        row.setAccountId(account.value());
        row.setEmail(to.value());
        row.setMailId(mail);
        row.setDigest(digest);
        return row;
    }

    /** Multi-row inserts: a bulk email records thousands of deliveries in a few round trips. */
    private void insert(List<NotificationDeliveryRecord> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            var insert = dsl.insertInto(NOTIFICATION_DELIVERY).set(rows.get(from));
            for (NotificationDeliveryRecord row : rows.subList(from + 1, Math.min(from + BATCH, rows.size()))) {
                insert = insert.newRecord().set(row);
            }
            insert.execute();
        }
    }

    @Override
    public List<Delivered> deliveries(UUID reference) {
        return dsl.select(NOTIFICATION_DELIVERY.ACCOUNT_ID, NOTIFICATION_DELIVERY.EMAIL, STATE)
                .from(NOTIFICATION_DELIVERY)
                .leftJoin(MAIL_OUTBOX).on(MAIL_OUTBOX.ID.eq(NOTIFICATION_DELIVERY.MAIL_ID))
                .where(NOTIFICATION_DELIVERY.REFERENCE.eq(reference))
                .orderBy(NOTIFICATION_DELIVERY.EMAIL_KEY)
                .fetch(row -> new Delivered(new AccountId(row.value1()), new EmailAddress(row.value2()),
                        MailState.valueOf(row.value3())));
    }

    @Override
    public List<Digest> claim(Instant before, int addresses) {
        // issue 14, item 1: an archived account's items wait, held, until it is restored
        var due = NOTIFICATION_DELIVERY.DIGEST.isTrue().and(NOTIFICATION_DELIVERY.MAIL_ID.isNull())
                .and(NOTIFICATION_DELIVERY.RAISED_AT.le(before))
                .and(notExists(selectOne().from(ACCOUNT).where(ACCOUNT.ID.eq(NOTIFICATION_DELIVERY.ACCOUNT_ID))
                        .and(ACCOUNT.ARCHIVED_AT.isNotNull())));
        var firstAddresses = dsl.selectDistinct(NOTIFICATION_DELIVERY.EMAIL_KEY).from(NOTIFICATION_DELIVERY).where(due)
                .orderBy(NOTIFICATION_DELIVERY.EMAIL_KEY).limit(addresses);
        List<NotificationDeliveryRecord> items = dsl.selectFrom(NOTIFICATION_DELIVERY)
                .where(due).and(NOTIFICATION_DELIVERY.EMAIL_KEY.in(firstAddresses))
                .orderBy(NOTIFICATION_DELIVERY.EMAIL_KEY, NOTIFICATION_DELIVERY.RAISED_AT, NOTIFICATION_DELIVERY.ID)
                .forUpdate().skipLocked()
                .fetch();
        Map<String, List<NotificationDeliveryRecord>> byAddress = new LinkedHashMap<>();
        items.forEach(item -> byAddress.computeIfAbsent(item.getEmailKey(), key -> new ArrayList<>()).add(item));
        return byAddress.values().stream().map(JooqNotificationDeliveryAdapter::digest).toList();
    }

    private static Digest digest(List<NotificationDeliveryRecord> items) {
        NotificationDeliveryRecord latest = items.getLast();
        return new Digest(new EmailAddress(latest.getEmail()), Locale.of(latest.getLanguage()),
                items.stream().map(item -> new HeldItem(item.getId(), held(item))).toList());
    }

    private static HeldNotification held(NotificationDeliveryRecord item) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < item.getParameterNames().length; i++) {
            parameters.put(item.getParameterNames()[i], item.getParameterValues()[i]);
        }
        return new HeldNotification(Optional.ofNullable(item.getReference()), new AccountId(item.getAccountId()), item.getAccountName(),
                new EmailAddress(item.getEmail()), Locale.of(item.getLanguage()), NotificationEvent.valueOf(item.getEvent()), parameters,
                item.getRaisedAt());
    }

    @Override
    public void sent(List<UUID> items, UUID mail) {
        dsl.update(NOTIFICATION_DELIVERY).set(NOTIFICATION_DELIVERY.MAIL_ID, mail)
                .where(NOTIFICATION_DELIVERY.ID.in(items))
                .execute();
    }
}
