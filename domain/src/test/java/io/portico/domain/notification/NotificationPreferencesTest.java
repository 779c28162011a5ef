package io.portico.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.shared.EmailAddress;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 11, items 1–4: who receives a notification, how, in which language, and with which banner. */
class NotificationPreferencesTest {

    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");
    private static final EmailAccess NOTIFY_ONLY = new EmailAccess(MARIO, false, true, false);
    private static final EmailAccess LOGIN_AND_NOTIFY = new EmailAccess(MARIO, true, true, false);

    @Test
    void issue11_defaults_are_every_notification_each_as_it_happens() {
        assertThat(NotificationPreferences.DEFAULT.all()).isTrue();
        assertThat(NotificationPreferences.DEFAULT.delivery()).isEqualTo(DeliveryMode.EACH_AS_IT_HAPPENS);
        for (NotificationEvent event : NotificationEvent.values()) {
            assertThat(NotificationPreferences.DEFAULT.receives(event, LockedCategories.NONE)).isTrue();
        }
    }

    @Test
    void issue11_a_chosen_set_receives_its_categories_events_only() {
        var invoicesOnly = NotificationPreferences.only(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS), DeliveryMode.EACH_AS_IT_HAPPENS);

        assertThat(invoicesOnly.receives(NotificationEvent.REFUND_ISSUED, LockedCategories.NONE)).isTrue();
        assertThat(invoicesOnly.receives(NotificationEvent.MESSAGE_RECEIVED, LockedCategories.NONE)).isFalse();
        assertThat(invoicesOnly.all()).isFalse();
    }

    @Test
    void issue11_a_locked_category_is_received_even_when_not_chosen() {
        var nothing = NotificationPreferences.only(Set.of(), DeliveryMode.DAILY_DIGEST);
        var locked = new LockedCategories(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS));

        assertThat(nothing.receives(NotificationEvent.INVOICE_ISSUED, locked)).isTrue();
        assertThat(nothing.receives(NotificationEvent.DOCUMENT_UPLOADED, locked)).isFalse();
        assertThat(locked.isLocked(NotificationCategory.INVOICES_AND_PAYMENTS)).isTrue();
        assertThat(LockedCategories.NONE.isLocked(NotificationCategory.INVOICES_AND_PAYMENTS)).isFalse();
    }

    @Test
    void issue11_all_keeps_no_list_so_equal_choices_are_equal() {
        assertThat(new NotificationPreferences(true, EnumSet.of(NotificationCategory.APPROVALS), DeliveryMode.EACH_AS_IT_HAPPENS))
                .isEqualTo(NotificationPreferences.DEFAULT);
        assertThat(NotificationPreferences.only(EnumSet.of(NotificationCategory.APPROVALS, NotificationCategory.CLIENT_REQUESTS),
                DeliveryMode.DAILY_DIGEST).chosen())
                .containsExactlyInAnyOrder(NotificationCategory.APPROVALS, NotificationCategory.CLIENT_REQUESTS);
    }

    @Test
    void C1_notify_off_receives_nothing_whatever_the_preferences() {
        var off = new EmailAccess(MARIO, true, false, true);
        var everything = new LockedCategories(EnumSet.allOf(NotificationCategory.class));

        assertThat(NotificationRecipient.of(off, false, NotificationPreferences.DEFAULT, everything, NotificationEvent.INVOICE_ISSUED.category(),
                Locale.ITALIAN)).isEmpty();
    }

    @Test
    void C1_notify_on_receives_a_chosen_category_and_not_another() {
        var chats = NotificationPreferences.only(Set.of(NotificationCategory.CHATS_AND_CLIENT_TASKS), DeliveryMode.DAILY_DIGEST);

        NotificationRecipient recipient = NotificationRecipient.of(NOTIFY_ONLY, false, chats, LockedCategories.NONE,
                NotificationEvent.THREAD_REPLY.category(), Locale.FRENCH).orElseThrow();
        assertThat(recipient.email()).isEqualTo(MARIO);
        assertThat(recipient.language()).isEqualTo(Locale.FRENCH);
        assertThat(recipient.inDigest()).isTrue();
        assertThat(NotificationRecipient.of(NOTIFY_ONLY, false, chats, LockedCategories.NONE, NotificationEvent.PROPOSAL_SENT.category(),
                Locale.FRENCH)).isEmpty();
    }

    @Test
    void C3_login_on_and_not_activated_is_pending_and_gets_the_banner() {
        assertThat(recipient(LOGIN_AND_NOTIFY, false).pending()).isTrue();
    }

    @Test
    void C3_an_active_user_or_a_notify_only_address_gets_no_banner() {
        assertThat(recipient(LOGIN_AND_NOTIFY, true).pending()).isFalse();
        assertThat(recipient(NOTIFY_ONLY, false).pending()).isFalse();
        assertThat(recipient(NOTIFY_ONLY, false).inDigest()).isFalse();
    }

    @Test
    void issue11_mails_are_in_the_contacts_language_and_else_the_firms() {
        assertThat(NotificationRecipient.language(Optional.of(Locale.of("ro")), Locale.ITALIAN)).isEqualTo(Locale.of("ro"));
        assertThat(NotificationRecipient.language(Optional.empty(), Locale.ITALIAN)).isEqualTo(Locale.ITALIAN);
    }

    private static NotificationRecipient recipient(EmailAccess access, boolean activated) {
        return NotificationRecipient.of(access, activated, NotificationPreferences.DEFAULT, LockedCategories.NONE,
                NotificationEvent.DOCUMENT_UPLOADED.category(), Locale.ENGLISH).orElseThrow();
    }
}
