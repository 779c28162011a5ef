package io.portico.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.ui.support.StaffViewTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 11, item 1: the choices shared by the staff dialog and the portal page. */
class PreferencesFormTest extends StaffViewTest {

    private static final LockedCategories INVOICES = new LockedCategories(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS));

    @Test
    void issue11_1_all_notifications_shows_every_category_checked_and_each_lists_its_events() {
        var form = new PreferencesForm(NotificationPreferences.DEFAULT, LockedCategories.NONE, true);

        assertThat(form.scope.getValue()).isTrue();
        assertThat(form.categories.values()).allSatisfy(box -> {
            assertThat(box.getValue()).isTrue();
            assertThat(box.isEnabled()).isFalse();
        });
        assertThat(form.categories.get(NotificationCategory.INVOICES_AND_PAYMENTS).getLabel()).isEqualTo("Invoices and payments");
        assertThat(form.getElement().getTextRecursively())
                .contains("new invoice, invoice reminder, payment confirmation, refund issued")
                .contains("new message or client task, new reply in a thread");
        assertThat(form.value()).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void issue11_1_a_chosen_set_and_the_digest_are_what_is_checked() {
        var form = attached(new PreferencesForm(NotificationPreferences.DEFAULT, LockedCategories.NONE, true));
        test(form.scope).selectItem("Only the categories checked");
        test(form.categories.get(NotificationCategory.CHATS_AND_CLIENT_TASKS)).click();
        test(form.delivery).selectItem("One daily digest");

        NotificationPreferences chosen = form.value();
        assertThat(chosen.all()).isFalse();
        assertThat(chosen.chosen()).hasSize(7).doesNotContain(NotificationCategory.CHATS_AND_CLIENT_TASKS);
        assertThat(chosen.delivery()).isEqualTo(DeliveryMode.DAILY_DIGEST);
    }

    @Test
    void issue11_1_a_locked_category_shows_checked_and_disabled_with_why_and_is_not_stored_as_a_choice() {
        var form = new PreferencesForm(NotificationPreferences.only(Set.of(NotificationCategory.APPROVALS), DeliveryMode.EACH_AS_IT_HAPPENS),
                INVOICES, true);

        var invoices = form.categories.get(NotificationCategory.INVOICES_AND_PAYMENTS);
        assertThat(invoices.getValue()).isTrue();
        assertThat(invoices.isEnabled()).isFalse();
        assertThat(form.categories.get(NotificationCategory.APPROVALS).isEnabled()).isTrue();
        assertThat(form.getElement().getTextRecursively()).contains("Locked by the firm: always sent");
        assertThat(form.value().chosen()).containsExactly(NotificationCategory.APPROVALS);
    }

    private static PreferencesForm attached(PreferencesForm form) {
        com.vaadin.flow.component.UI.getCurrent().add(form);
        return form;
    }

    @Test
    void F2_a_viewer_who_may_not_edit_sees_the_choices_read_only() {
        var form = new PreferencesForm(NotificationPreferences.DEFAULT, LockedCategories.NONE, false);

        assertThat(form.scope.isReadOnly()).isTrue();
        assertThat(form.delivery.isReadOnly()).isTrue();
        assertThat(form.categories.values()).allMatch(box -> box.isReadOnly());
    }
}
