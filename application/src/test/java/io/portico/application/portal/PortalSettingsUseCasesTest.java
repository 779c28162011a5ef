package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.portal.port.in.ChangePortalSettingsCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** G3: Settings → Portal — link validity, self-signup on/off and the self-signup team. */
class PortalSettingsUseCasesTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryPortalSettings store = new InMemoryPortalSettings();
    private final PortalSettingsService settings = new PortalSettingsService(store, staff, new Administrators(staff),
            new DirectTransactions());

    private StaffMember anna;
    private StaffMember marco;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    @Test
    void G3_an_admin_sets_link_validity_closes_signup_and_picks_the_signup_team() {
        settings.change(ChangePortalSettingsCommand.of(anna.id(), 30, false, Set.of(marco.id())));

        PortalSettings saved = settings.settings();
        assertThat(saved.invitationValidity().days()).isEqualTo(30);
        assertThat(saved.signupOpen()).isFalse();
        assertThat(saved.signupTeam()).containsExactly(marco.id());
    }

    @Test
    void G3_link_validity_outside_1_to_90_days_is_refused_on_its_field_and_nothing_changes() {
        for (Integer days : new Integer[] {0, 91, null}) {
            assertThatThrownBy(() -> settings.change(ChangePortalSettingsCommand.of(anna.id(), days, false, Set.of())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("invitationValidity");
                        assertThat(e.messageKey()).isEqualTo("portal.invitation-validity.range");
                    });
        }
        assertThat(settings.settings()).isEqualTo(PortalSettings.DEFAULT);
    }

    @Test
    void B9_a_signup_team_member_who_is_not_active_staff_is_refused_and_nothing_changes() {
        var gone = new StaffMember(StaffId.random(), marco.name(), new io.portico.domain.shared.EmailAddress("gone@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.DEACTIVATED);
        staff.add(gone, "hash");

        for (StaffId member : new StaffId[] {gone.id(), StaffId.random()}) {
            assertThatThrownBy(() -> settings.change(ChangePortalSettingsCommand.of(anna.id(), 14, false, Set.of(member))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("signupTeam"));
        }
        assertThat(settings.settings()).isEqualTo(PortalSettings.DEFAULT);
    }

    @Test
    void G3_an_employee_may_not_change_portal_settings() {
        assertThatThrownBy(() -> settings.change(ChangePortalSettingsCommand.of(marco.id(), 14, true, Set.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThat(settings.settings()).isEqualTo(PortalSettings.DEFAULT);
    }

    @Test
    void issue11_an_admin_turns_invitation_reminders_on_within_the_link_validity() {
        settings.change(ChangePortalSettingsCommand.of(anna.id(), 14, true, Set.of(), true, 2));
        assertThat(settings.settings().reminderDaysBefore()).contains(2);

        settings.change(ChangePortalSettingsCommand.of(anna.id(), 14, true, Set.of(), false, 2));
        assertThat(settings.settings().reminderDaysBefore()).as("off, whatever the days say").isEmpty();
    }

    @Test
    void issue11_reminder_days_beyond_the_link_validity_or_missing_are_named_and_nothing_changes() {
        for (Integer days : new Integer[] {15, 0, null}) {
            assertThatThrownBy(() -> ChangePortalSettingsCommand.of(anna.id(), 14, true, Set.of(), true, days))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("invitationReminderDays");
                        assertThat(e.arguments()).containsExactly(14);
                    });
        }
        assertThat(settings.settings()).isEqualTo(PortalSettings.DEFAULT);
    }
}
