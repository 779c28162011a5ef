package io.portico.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.staff.AuthenticateStaffService;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffMember;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class StaffAuthenticationProviderTest {

    private static final String PASSWORD = "tax season never ends";
    private final InMemoryStaff staff = new InMemoryStaff();
    private final StaffAuthenticationProvider provider = new StaffAuthenticationProvider(
            new AuthenticateStaffService(staff, new FakePasswordHasher()), new LoginThrottle(3, 10, Duration.ofMinutes(15)));

    @BeforeEach
    void annaWorksHere() {
        staff.add(StaffMember.owner(new PersonName("Anna", "Bianchi"), new EmailAddress("anna@studio.it")), new FakePasswordHasher().hash(PASSWORD));
    }

    private Authentication signIn(String email, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void G1_a_right_password_signs_in_with_the_members_role() {
        Authentication signedIn = signIn("anna@studio.it", PASSWORD);
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(StaffPrincipal.class, p -> assertThat(p.displayName()).isEqualTo("Anna Bianchi"));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_STAFF", "ROLE_OWNER");
    }

    @Test
    void G1_a_wrong_password_is_refused() {
        assertThatThrownBy(() -> signIn("anna@studio.it", "wrong guess here")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void G1_after_repeated_failures_for_an_address_even_the_right_password_is_refused_with_a_clear_reason() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("ANNA@studio.it", "wrong guess here")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("anna@studio.it", PASSWORD)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void G1_failures_from_one_network_address_across_many_addresses_are_limited_too() {
        for (int i = 0; i < 10; i++) {
            String address = "guess" + i + "@studio.it";
            assertThatThrownBy(() -> signIn(address, "wrong guess here")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("anna@studio.it", PASSWORD)).isInstanceOf(LoginThrottledException.class);
    }
}
