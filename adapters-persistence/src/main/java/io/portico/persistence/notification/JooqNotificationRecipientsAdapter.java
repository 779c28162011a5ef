package io.portico.persistence.notification;

import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationRecipient;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * {@link NotificationRecipient#of} as one query for a whole list of notifications: the list goes in as two arrays
 * (account, category) numbered by their position, and each row names the notification it answers. Served by
 * email_access_notify_idx; a bulk email's ten thousand accounts take one round trip.
 */
@Repository
class JooqNotificationRecipientsAdapter implements NotificationRecipientsPort {

    private static final String RECIPIENTS = """
            with wanted as (
                select (w.position - 1)::int as notification, w.account_id, w.category
                from unnest({0}, {1}) with ordinality as w(account_id, category, position)
            )
            select w.notification, a.name, ce.email, coalesce(c.language, f.language, 'en') as language,
                   ea.login and not exists (select 1 from portal_user pu where pu.email_key = ea.email_key) as pending,
                   coalesce(np.delivery, 'EACH_AS_IT_HAPPENS') as delivery
            from wanted w
            join account a on a.id = w.account_id and a.archived_at is null
            join email_access ea on ea.account_id = w.account_id and ea.notify
            join contact_email ce on ce.contact_id = ea.contact_id and ce.email_key = ea.email_key
            join contact c on c.id = ea.contact_id
            left join firm f on true
            left join notification_preference np
                   on np.account_id = ea.account_id and np.contact_id = ea.contact_id and np.email_key = ea.email_key
            where np.account_id is null or np.all_categories or w.category = any(np.categories)
               or w.category = any(f.locked_notification_categories)
            order by w.notification, ce.email_key
            """;

    private final DSLContext dsl;

    JooqNotificationRecipientsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Recipient> recipients(List<Wanted> notifications) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        UUID[] accounts = notifications.stream().map(n -> n.account().value()).toArray(UUID[]::new);
        String[] categories = notifications.stream().map(n -> n.category().name()).toArray(String[]::new);
        return dsl.resultQuery(RECIPIENTS, DSL.val(accounts, SQLDataType.UUID.array()), DSL.val(categories, SQLDataType.CLOB.array()))
                .fetch(row -> new Recipient(row.get(0, Integer.class), row.get(1, String.class),
                        new NotificationRecipient(new EmailAddress(row.get(2, String.class)), Locale.of(row.get(3, String.class)),
                                row.get(4, Boolean.class), DeliveryMode.valueOf(row.get(5, String.class)))));
    }
}
