package io.portico.persistence.notification;

import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.FIRM;
import static io.portico.persistence.jooq.Tables.NOTIFICATION_PREFERENCE;
import static org.jooq.impl.DSL.val;

import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Preferences hang off the address's email_access row (its foreign key cascades); an address with every toggle
 * off has no such row yet, so saving makes one, all off. Locked categories are on the firm's row.
 */
@Repository
class JooqNotificationPreferencesAdapter implements NotificationPreferencesPort, LockedCategoriesPort {

    private final DSLContext dsl;

    JooqNotificationPreferencesAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public NotificationPreferences load(AccountId account, EmailAddress email) {
        return dsl.select(NOTIFICATION_PREFERENCE.ALL_CATEGORIES, NOTIFICATION_PREFERENCE.CATEGORIES, NOTIFICATION_PREFERENCE.DELIVERY)
                .from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(account.value()))
                .and(NOTIFICATION_PREFERENCE.EMAIL_KEY.eq(email.lookupKey()))
                .fetchOptional(row -> new NotificationPreferences(row.value1(), categories(row.value2()),
                        DeliveryMode.valueOf(row.value3())))
                .orElse(NotificationPreferences.DEFAULT);
    }

    @Override
    public void save(AccountId account, EmailAddress email, NotificationPreferences preferences) {
        dsl.insertInto(EMAIL_ACCESS, EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY)
                .select(dsl.select(ACCOUNT_CONTACT.ACCOUNT_ID, CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL_KEY)
                        .from(ACCOUNT_CONTACT).join(CONTACT_EMAIL).on(CONTACT_EMAIL.CONTACT_ID.eq(ACCOUNT_CONTACT.CONTACT_ID))
                        .where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(account.value()))
                        .and(CONTACT_EMAIL.EMAIL_KEY.eq(email.lookupKey())))
                .onConflictDoNothing()
                .execute();
        String[] chosen = names(preferences.chosen());
        dsl.insertInto(NOTIFICATION_PREFERENCE, NOTIFICATION_PREFERENCE.ACCOUNT_ID, NOTIFICATION_PREFERENCE.CONTACT_ID,
                        NOTIFICATION_PREFERENCE.EMAIL_KEY, NOTIFICATION_PREFERENCE.ALL_CATEGORIES, NOTIFICATION_PREFERENCE.CATEGORIES,
                        NOTIFICATION_PREFERENCE.DELIVERY)
                .select(dsl.select(EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY, val(preferences.all()),
                                val(chosen), val(preferences.delivery().name()))
                        .from(EMAIL_ACCESS)
                        .where(EMAIL_ACCESS.ACCOUNT_ID.eq(account.value()))
                        .and(EMAIL_ACCESS.EMAIL_KEY.eq(email.lookupKey())))
                .onConflict(NOTIFICATION_PREFERENCE.ACCOUNT_ID, NOTIFICATION_PREFERENCE.CONTACT_ID, NOTIFICATION_PREFERENCE.EMAIL_KEY)
                .doUpdate()
                .set(NOTIFICATION_PREFERENCE.ALL_CATEGORIES, preferences.all())
                .set(NOTIFICATION_PREFERENCE.CATEGORIES, chosen)
                .set(NOTIFICATION_PREFERENCE.DELIVERY, preferences.delivery().name())
                .execute();
    }

    @Override
    public LockedCategories load() {
        return dsl.select(FIRM.LOCKED_NOTIFICATION_CATEGORIES).from(FIRM).fetchOptional()
                .map(row -> new LockedCategories(categories(row.value1())))
                .orElse(LockedCategories.NONE);
    }

    @Override
    public void save(LockedCategories locked) {
        dsl.update(FIRM).set(FIRM.LOCKED_NOTIFICATION_CATEGORIES, names(locked.categories())).execute();
    }

    static Set<NotificationCategory> categories(String[] names) {
        return Arrays.stream(names).map(NotificationCategory::valueOf).collect(Collectors.toSet());
    }

    private static String[] names(Collection<NotificationCategory> categories) {
        return categories.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
