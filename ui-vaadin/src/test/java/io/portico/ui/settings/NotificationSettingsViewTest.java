package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, item 1: Settings → Notifications locks categories no client can turn off. */
class NotificationSettingsViewTest extends StaffViewTest {

    @Autowired
    LockedCategoriesPort locked;

    /** The other view tests share the firm: nothing stays locked. */
    @AfterEach
    void unlock() {
        locked.save(LockedCategories.NONE);
    }

    @Test
    void issue11_1_an_owner_locks_a_category_under_settings_notifications() {
        signInAsOwner();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Notifications");

        NotificationSettingsView view = navigate(NotificationSettingsView.class);
        test(view.locked).selectItem("Invoices and payments");
        test(view.save).click();

        assertThat(view.saved.isVisible()).isTrue();
        assertThat(locked.load().categories()).containsExactly(NotificationCategory.INVOICES_AND_PAYMENTS);
        assertThat(navigate(NotificationSettingsView.class).locked.getValue()).containsExactly(NotificationCategory.INVOICES_AND_PAYMENTS);
    }
}
