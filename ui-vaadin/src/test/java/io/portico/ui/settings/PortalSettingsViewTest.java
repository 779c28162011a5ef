package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.portal.port.in.PortalSettingsQuery;
import io.portico.application.staff.port.in.StaffSummary;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.domain.portal.PortalSettings;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortalSettingsViewTest extends StaffViewTest {

    @Autowired
    PortalSettingsQuery settings;
    @Autowired
    PortalSettingsPort store;

    /** The other view tests share the firm: they get the defaults back. */
    @AfterEach
    void defaults() {
        store.save(PortalSettings.DEFAULT);
    }

    @Test
    void G3_an_owner_sets_link_validity_closes_signup_and_picks_the_signup_team() {
        signInAsOwner();
        PortalSettingsView view = navigate(PortalSettingsView.class);
        assertThat(view.validity.getValue()).isEqualTo(7);
        assertThat(view.signupOpen.getValue()).isTrue();
        assertThat(view.signupTeam.getValue()).isEmpty();

        test(view.validity).setValue(21);
        test(view.signupOpen).click();
        StaffSummary anna = view.signupTeam.getListDataView().getItems().filter(s -> s.name().equals("Anna Bianchi")).findFirst().orElseThrow();
        view.signupTeam.setValue(Set.of(anna));
        test(view.save).click();

        assertThat(view.saved.isVisible()).isTrue();
        PortalSettings saved = settings.settings();
        assertThat(saved.invitationValidity().days()).isEqualTo(21);
        assertThat(saved.signupOpen()).isFalse();
        assertThat(saved.signupTeam()).containsExactly(anna.id());
        PortalSettingsView reopened = navigate(PortalSettingsView.class);
        assertThat(reopened.signupTeam.getValue()).containsExactly(anna);
        assertThat(reopened.signupOpen.getValue()).isFalse();
    }

    @Test
    void G3_link_validity_out_of_range_is_named_on_its_field_and_nothing_changes() {
        signInAsOwner();
        PortalSettingsView view = navigate(PortalSettingsView.class);
        test(view.signupOpen).click();
        view.validity.setValue(120);
        test(view.save).click();

        assertThat(view.validity.isInvalid()).isTrue();
        assertThat(view.validity.getErrorMessage()).isEqualTo("Invitation links work for (days): must be between 1 and 90 days");
        assertThat(view.saved.isVisible()).isFalse();
        assertThat(settings.settings()).isEqualTo(PortalSettings.DEFAULT);
    }

    @Test
    void G3_an_owner_finds_portal_settings_in_the_sidebar() {
        signInAsOwner();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Portal");
    }

    @Test
    void issue11_reminders_are_off_by_default_and_an_owner_turns_them_on_within_the_link_validity() {
        signInAsOwner();
        PortalSettingsView view = navigate(PortalSettingsView.class);
        assertThat(view.remind.getValue()).isFalse();
        assertThat(view.reminderDays.isEnabled()).isFalse();

        test(view.remind).click();
        test(view.reminderDays).setValue(8);
        test(view.save).click();
        assertThat(view.reminderDays.isInvalid()).isTrue();
        assertThat(view.reminderDays.getErrorMessage()).isEqualTo("Days before the link expires: must be between 1 and 7 days (how long links work)");
        assertThat(settings.settings().reminderDaysBefore()).isEmpty();

        test(view.reminderDays).setValue(2);
        test(view.save).click();
        assertThat(view.saved.isVisible()).isTrue();
        assertThat(settings.settings().reminderDaysBefore()).contains(2);
        assertThat(navigate(PortalSettingsView.class).reminderDays.getValue()).isEqualTo(2);
    }
}
