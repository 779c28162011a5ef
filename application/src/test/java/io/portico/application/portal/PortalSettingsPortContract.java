package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every portal settings port does; each test starts with a set-up firm and nothing saved. */
public abstract class PortalSettingsPortContract {

    protected abstract StaffPort staff();

    protected abstract PortalSettingsPort settings();

    @Test
    void G3_until_changed_links_work_7_days_signup_is_open_and_the_owner_is_the_team() {
        assertThat(settings().load()).isEqualTo(PortalSettings.DEFAULT);
        assertThat(settings().load().ownerIsSignupTeam()).isTrue();
    }

    @Test
    void G3_B9_saved_settings_are_loaded_back_and_a_new_team_replaces_the_old_one() {
        StaffMember marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        StaffMember lucia = AccountFixtures.staff(staff(), "Lucia", "Neri", StaffRole.ADMIN);
        settings().save(new PortalSettings(new InvitationValidity(14), false, Set.of(marco.id(), lucia.id())));
        assertThat(settings().load()).isEqualTo(new PortalSettings(new InvitationValidity(14), false, Set.of(marco.id(), lucia.id())));

        settings().save(new PortalSettings(new InvitationValidity(90), true, Set.of(lucia.id())));

        assertThat(settings().load()).isEqualTo(new PortalSettings(new InvitationValidity(90), true, Set.of(lucia.id())));
    }

    @Test
    void B9_an_empty_team_goes_back_to_the_owner() {
        StaffMember marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        settings().save(new PortalSettings(InvitationValidity.DEFAULT, true, Set.of(marco.id())));

        settings().save(new PortalSettings(InvitationValidity.DEFAULT, true, Set.of()));

        assertThat(settings().load().ownerIsSignupTeam()).isTrue();
    }

    @Test
    void issue11_reminder_days_are_saved_and_turned_off_again() {
        settings().save(new PortalSettings(new InvitationValidity(14), true, Set.of(), java.util.Optional.of(3)));
        assertThat(settings().load().reminderDaysBefore()).contains(3);

        settings().save(new PortalSettings(new InvitationValidity(14), true, Set.of()));
        assertThat(settings().load().reminderDaysBefore()).isEmpty();
    }
}
