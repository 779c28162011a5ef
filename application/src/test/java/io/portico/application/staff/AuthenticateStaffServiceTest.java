package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthenticateStaffServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final AuthenticateStaffService authenticate = new AuthenticateStaffService(staff, new FakePasswordHasher());

    @Test
    void G1_staff_sign_in_with_email_and_password() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        assertThat(authenticate.authenticate("ANNA@studio.it", StaffFixture.PASSWORD))
                .hasValueSatisfying(signIn -> assertThat(signIn.id()).isEqualTo(anna.id()));
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
}
