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
}
