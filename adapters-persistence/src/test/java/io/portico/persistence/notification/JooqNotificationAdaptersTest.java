package io.portico.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.notification.NotificationDeliveryPortContract;
import io.portico.application.notification.NotificationPreferencesPortContract;
import io.portico.application.notification.NotificationRecipientsPortContract;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.notification.port.out.NotificationDigestPort.HeldNotification;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.contact.ContactId;
import io.portico.domain.notification.NotificationEvent;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.mail.MailAdapters;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notification contracts on jOOQ over embedded PostgreSQL. */
class JooqNotificationAdaptersTest {

    abstract static class Adapters {
        final TestPostgres postgres = TestPostgres.get();
        final StaffPort staff = StaffAdapters.staff(postgres.dsl());
        final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
        final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
        final PortalUserPort users = PortalAdapters.users(postgres.dsl());
        final MailOutboxPort outbox = MailAdapters.outbox(postgres.dsl());
        final JooqNotificationPreferencesAdapter preferences = new JooqNotificationPreferencesAdapter(postgres.dsl());
        final JooqNotificationRecipientsAdapter recipients = new JooqNotificationRecipientsAdapter(postgres.dsl());
        final JooqNotificationDeliveryAdapter deliveries = new JooqNotificationDeliveryAdapter(postgres.dsl());

        /** Locked categories and the firm's language live on the firm's row. */
        void firm() {
            postgres.dsl().execute("insert into firm (id, name, created_at) values (gen_random_uuid(), 'Studio', now())");
        }
    }

    @Nested
    @ExtendWith(EmptyDatabase.class)
    class Preferences extends NotificationPreferencesPortContract {
        private final Adapters db = new Adapters() { };

        @BeforeEach
        void firmRow() {
            db.firm();
        }

        @Override protected StaffPort staff() { return db.staff; }
        @Override protected ContactPort contacts() { return db.contacts; }
        @Override protected AccountPort accounts() { return db.accounts; }
        @Override protected NotificationPreferencesPort preferences() { return db.preferences; }
        @Override protected LockedCategoriesPort locked() { return db.preferences; }
    }

    @Nested
    @ExtendWith(EmptyDatabase.class)
    class Recipients extends NotificationRecipientsPortContract {
        private final Adapters db = new Adapters() { };

        @BeforeEach
        void firmRow() {
            db.firm();
        }

        @Override protected StaffPort staff() { return db.staff; }
        @Override protected ContactPort contacts() { return db.contacts; }
        @Override protected AccountPort accounts() { return db.accounts; }
        @Override protected PortalUserPort users() { return db.users; }
        @Override protected NotificationPreferencesPort preferences() { return db.preferences; }
        @Override protected LockedCategoriesPort locked() { return db.preferences; }
        @Override protected NotificationRecipientsPort recipients() { return db.recipients; }

        @Override
        protected void contactSpeaks(ContactId contact, Locale language) {
            db.postgres.dsl().execute("update contact set language = ? where id = ?", language.getLanguage(), contact.value());
        }

        @Override
        protected void firmSpeaks(Locale language) {
            db.postgres.dsl().execute("update firm set language = ?", language.getLanguage());
        }
    }

    @Nested
    @ExtendWith(EmptyDatabase.class)
    class Deliveries extends NotificationDeliveryPortContract {
        private final Adapters db = new Adapters() { };

        @Override protected StaffPort staff() { return db.staff; }
        @Override protected ContactPort contacts() { return db.contacts; }
        @Override protected AccountPort accounts() { return db.accounts; }
        @Override protected MailOutboxPort outbox() { return db.outbox; }
        @Override protected NotificationDeliveryPort deliveries() { return db.deliveries; }
        @Override protected NotificationDigestPort digests() { return db.deliveries; }
        @Override protected io.portico.application.account.port.out.AccountArchivePort archive() {
            return AccountAdapters.archive(db.postgres.dsl());
        }
        @Override protected <T> T inTransaction(Supplier<T> work) { return db.postgres.transactions().inTransaction(work); }

        @Test
        void issue11_two_nodes_claiming_digests_at_once_never_take_the_same_item() throws Exception {
            Instant now = Instant.parse("2026-04-01T09:00:00Z");
            var account = db.accounts.find(accountOf()).orElseThrow().id();
            for (String to : List.of("a@x.it", "b@x.it", "c@x.it")) {
                db.deliveries.hold(List.of(new HeldNotification(Optional.empty(), account, "Rossi", new io.portico.domain.shared.EmailAddress(to),
                        Locale.ENGLISH, NotificationEvent.DOCUMENT_UPLOADED, Map.of("documentName", "F24"), now)));
            }
            var claimed = new CountDownLatch(1);
            var released = new CountDownLatch(1);
            List<Integer> counts = Concurrently.run(
                    () -> inTransaction(() -> {
                        int n = db.deliveries.claim(now, 2).size();
                        claimed.countDown();
                        await(released);
                        return n;
                    }),
                    () -> {
                        await(claimed);
                        int n = inTransaction(() -> db.deliveries.claim(now, 3).size());
                        released.countDown();
                        return n;
                    });
            assertThat(counts).containsExactly(2, 1);
        }

        private io.portico.domain.account.AccountId accountOf() {
            return new io.portico.domain.account.AccountId(db.postgres.dsl().fetchSingle("select id from account where name = 'Rossi'")
                    .get(0, java.util.UUID.class));
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
