package io.portico.domain.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.staff.StaffId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    @Test
    void B9_G3_by_default_links_work_7_days_signup_is_open_and_the_owner_is_the_signup_team() {
        assertThat(PortalSettings.DEFAULT.invitationValidity().days()).isEqualTo(7);
        assertThat(PortalSettings.DEFAULT.signupOpen()).isTrue();
        assertThat(PortalSettings.DEFAULT.ownerIsSignupTeam()).isTrue();
    }

    @Test
    void B9_a_chosen_team_replaces_the_owner() {
        var settings = new PortalSettings(InvitationValidity.DEFAULT, true, Set.of(StaffId.random()));
        assertThat(settings.ownerIsSignupTeam()).isFalse();
    }

    @Test
    void issue11_reminders_are_off_by_default() {
        assertThat(PortalSettings.DEFAULT.reminderDaysBefore()).isEmpty();
        assertThat(new PortalSettings(InvitationValidity.DEFAULT, true, Set.of(), null).reminderDaysBefore()).isEmpty();
    }

    @Test
    void issue11_a_reminder_goes_between_1_day_and_the_link_validity_before_expiry() {
        var validity = new InvitationValidity(10);
        assertThat(new PortalSettings(validity, true, Set.of(), java.util.Optional.of(1)).reminderDaysBefore()).contains(1);
        assertThat(new PortalSettings(validity, true, Set.of(), java.util.Optional.of(10)).reminderDaysBefore()).contains(10);
        for (int days : new int[] {0, 11}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PortalSettings(validity, true, Set.of(), java.util.Optional.of(days)))
                    .isInstanceOfSatisfying(io.portico.domain.shared.InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("invitationReminderDays");
                        assertThat(e.messageKey()).isEqualTo("portal.reminder-days.range");
                        assertThat(e.arguments()).containsExactly(10);
                    });
        }
    }
}
