package io.portico.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.session.port.in.SessionValidityQuery;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import io.portico.ui.support.StaffViewTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Issue 10, item 5: My profile, without a browser. */
class ProfileViewTest extends StaffViewTest {

    private static final String PASSWORD = "a long passphrase here";

    @Autowired
    StaffPort staff;
    @Autowired
    SessionValidityQuery epochs;

    private StaffMember marco;

    @BeforeEach
    void aMember() {
        marco = new StaffMember(StaffId.random(), new PersonName("Marco", "Verdi"),
                new EmailAddress("marco." + UUID.randomUUID().toString().substring(0, 8) + "@studio.it"), StaffRole.EMPLOYEE,
                StaffStatus.ACTIVE);
        staff.add(marco, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
        signIn(marco.email().value(), PASSWORD);
    }

    @Test
    void issue10_5_a_member_changes_their_name() {
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.firstName.getValue()).isEqualTo("Marco");
        test(view.lastName).setValue("Rossi");
        test(view.saveProfile).click();
        assertThat(view.profileSaved.isVisible()).isTrue();
        assertThat(staff.findById(marco.id()).orElseThrow().name().full()).isEqualTo("Marco Rossi");
    }

    @Test
    void issue10_5_a_wrong_current_password_is_refused_on_its_field_and_nothing_changes() {
        ProfileView view = navigate(ProfileView.class);
        test(view.current).setValue("not my password at all");
        test(view.newPassword).setValue("a brand new passphrase");
        test(view.confirmation).setValue("a brand new passphrase");
        test(view.changePassword).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.passwordChanged.isVisible()).isFalse();
        assertThat(authenticate.authenticate(marco.email().value(), PASSWORD)).isPresent();
    }

    @Test
    void issue10_5_a_new_password_ends_the_other_sessions_and_this_one_goes_on() {
        ProfileView view = navigate(ProfileView.class);
        test(view.current).setValue(PASSWORD);
        test(view.newPassword).setValue("a brand new passphrase");
        test(view.confirmation).setValue("a brand new passphrase");
        test(view.changePassword).click();
        assertThat(view.passwordChanged.isVisible()).isTrue();
        assertThat(authenticate.authenticate(marco.email().value(), "a brand new passphrase")).isPresent();
        assertThat(epochs.currentEpoch(new CredentialHolder.Staff(marco.id()))).isEqualTo(1);
    }

    @Test
    void issue10_5_two_factor_is_reached_from_the_profile() {
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.twoFactor.isVisible()).isTrue();
        assertThat(ProfileView.TWO_FACTOR_ROUTE).isEqualTo("profile/two-factor");
    }
}
