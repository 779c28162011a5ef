package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.session.InMemoryCredentialEpochs;
import io.portico.domain.session.CredentialHolder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuthenticateStaffServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final AuthenticateStaffService authenticate = new AuthenticateStaffService(staff, new FakePasswordHasher(), epochs,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void G1_staff_sign_in_with_email_and_password() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        assertThat(authenticate.authenticate("ANNA@studio.it", StaffFixture.PASSWORD))
                .hasValueSatisfying(signIn -> assertThat(signIn.id()).isEqualTo(anna.id()));
    }

    @Test
    void issue10_9_a_hash_made_with_weaker_settings_is_upgraded_at_the_next_sign_in() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        staff.changePasswordHash(anna.id(), FakePasswordHasher.weakHash(StaffFixture.PASSWORD));

        assertThat(authenticate.authenticate("anna@studio.it", StaffFixture.PASSWORD)).isPresent();

        assertThat(staff.passwordHash(anna.id())).contains(new FakePasswordHasher().hash(StaffFixture.PASSWORD));
    }

    @Test
    void issue10_9_a_current_hash_and_a_failed_sign_in_leave_the_hash_alone() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        String weak = FakePasswordHasher.weakHash(StaffFixture.PASSWORD);
        authenticate.authenticate("anna@studio.it", StaffFixture.PASSWORD);
        assertThat(staff.passwordHash(anna.id())).contains(new FakePasswordHasher().hash(StaffFixture.PASSWORD));

        staff.changePasswordHash(anna.id(), weak);
        authenticate.authenticate("anna@studio.it", "wrong password here");
        assertThat(staff.passwordHash(anna.id())).contains(weak);
    }

    @Test
    void G1_a_wrong_password_an_unknown_or_malformed_address_and_a_deactivated_member_are_all_refused_alike() {
        StaffFixture.add(staff, "anna@studio.it", true);
        StaffFixture.add(staff, "gone@studio.it", false);
        assertThat(authenticate.authenticate("anna@studio.it", "wrong password here")).isEmpty();
        assertThat(authenticate.authenticate("nobody@studio.it", StaffFixture.PASSWORD)).isEmpty();
        assertThat(authenticate.authenticate("not an address", StaffFixture.PASSWORD)).isEmpty();
        assertThat(authenticate.authenticate("gone@studio.it", StaffFixture.PASSWORD)).isEmpty();
        assertThat(authenticate.authenticate("anna@studio.it", null)).isEmpty();
    }

    @Test
    void issue10_a_sign_in_is_recorded_and_the_session_carries_the_current_epoch() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        epochs.raise(new CredentialHolder.Staff(anna.id()));
        assertThat(authenticate.authenticate("anna@studio.it", StaffFixture.PASSWORD))
                .hasValueSatisfying(signIn -> assertThat(signIn.epoch()).isEqualTo(1));
        assertThat(staff.lastSignIn(anna.id())).contains(NOW);
    }

    @Test
    void issue10_a_refused_sign_in_records_nothing() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        authenticate.authenticate("anna@studio.it", "wrong password here");
        assertThat(staff.lastSignIn(anna.id())).isEmpty();
    }
}
