package io.portico.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.AuthenticateStaffService;
import io.portico.application.throttle.InMemoryAttemptCounters;
import io.portico.application.throttle.ThrottleService;
import io.portico.domain.throttle.AttemptKind;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.AttemptRules;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.application.staff.StaffLanguages;
import io.portico.application.twofactor.InMemorySecondFactors;
import io.portico.application.twofactor.InMemorySignInSecurity;
import io.portico.application.twofactor.TwoFactorRule;
import io.portico.application.twofactor.TwoFactorStatusService;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import io.portico.domain.twofactor.TwoFactorRequirement;
import java.time.Instant;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class StaffAuthenticationProviderTest {

    private static final String PASSWORD = "tax season never ends";
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryStaffLanguages languages = new InMemoryStaffLanguages(staff);
    private final MutableClock clock = MutableClock.startingAt("2026-11-30T09:00:00Z");
    private final InMemorySecondFactors secondFactors = new InMemorySecondFactors();
    /** A firm from before issue 10 (nobody required); the tests of the second factor choose their own. */
    private final InMemorySignInSecurity signInSecurity = new InMemorySignInSecurity();
    private final StaffAuthenticationProvider provider = new StaffAuthenticationProvider(
            new AuthenticateStaffService(staff, new FakePasswordHasher(), new io.portico.application.session.InMemoryCredentialEpochs(),
                    java.time.Clock.systemUTC()), throttle(), new StaffLanguages(languages),
            new SignInFactors(new TwoFactorStatusService(secondFactors, new TwoFactorRule(staff, signInSecurity))));
    private StaffMember anna;

    @BeforeEach
    void annaWorksHere() {
        anna = StaffMember.owner(new PersonName("Anna", "Bianchi"), new EmailAddress("anna@studio.it"));
        staff.add(anna, new FakePasswordHasher().hash(PASSWORD));
        signInSecurity.changeTwoFactorRequirement(TwoFactorRequirement.NOBODY);
    }

    /** Three attempts per address, ten per client IP, then a wait of a second that doubles. */
    private ThrottleService throttle() {
        var rule = new AttemptRules(new AttemptRule(3, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1)),
                new AttemptRule(10, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1)));
        return new ThrottleService(new InMemoryAttemptCounters(),
                Arrays.stream(AttemptKind.values()).collect(Collectors.toMap(Function.identity(), kind -> rule)),
                new DirectTransactions(), clock);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** The sign-in form's POST, as the browser sends it with this Accept-Language (or none). */
    private void browserSays(String acceptLanguage) {
        var request = new MockHttpServletRequest("POST", "/login");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void signing_in_keeps_the_first_language_of_the_browser_that_Portico_speaks() {
        browserSays("de-DE,de;q=0.9,it;q=0.8,fr;q=0.7");
        signIn("anna@studio.it", PASSWORD);
        assertThat(languages.language(anna.id())).contains(Locale.ITALIAN);
    }

    @Test
    void signing_in_leaves_a_language_picked_before_alone() {
        languages.remember(anna.id(), Locale.FRENCH);
        browserSays("it-IT");
        signIn("anna@studio.it", PASSWORD);
        assertThat(languages.language(anna.id())).contains(Locale.FRENCH);
    }

    @Test
    void a_browser_without_a_language_Portico_speaks_or_without_one_at_all_sets_none() {
        browserSays("de-DE,ja");
        signIn("anna@studio.it", PASSWORD);
        browserSays(null);
        signIn("anna@studio.it", PASSWORD);
        assertThat(languages.language(anna.id())).isEmpty();
    }

    @Test
    void a_failed_sign_in_remembers_no_language() {
        browserSays("it-IT");
        assertThatThrownBy(() -> signIn("anna@studio.it", "wrong guess here")).isInstanceOf(BadCredentialsException.class);
        assertThat(languages.language(anna.id())).isEmpty();
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
    void issue10_11_the_throttle_delays_rather_than_locks_the_owner_out() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("anna@studio.it", "wrong guess here")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("anna@studio.it", PASSWORD)).isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(signIn("anna@studio.it", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void issue10_11_a_successful_sign_in_clears_the_addresss_failures() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> signIn("anna@studio.it", "wrong guess here")).isInstanceOf(BadCredentialsException.class);
        }
        signIn("anna@studio.it", PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("anna@studio.it", "wrong guess here")).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void issue10_11_the_client_ip_is_the_requests_remote_address() {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("203.0.113.7");
        for (int i = 0; i < 10; i++) {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated("guess" + i + "@studio.it", "wrong guess here");
            attempt.setDetails(new WebAuthenticationDetails(request));
            assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        }
        var fromThere = UsernamePasswordAuthenticationToken.unauthenticated("anna@studio.it", PASSWORD);
        fromThere.setDetails(new WebAuthenticationDetails(request));
        assertThatThrownBy(() -> provider.authenticate(fromThere)).isInstanceOf(LoginThrottledException.class);

        assertThat(signIn("anna@studio.it", PASSWORD).isAuthenticated()).as("another IP is not held up").isTrue();
    }

    @Test
    void G1_failures_from_one_network_address_across_many_addresses_are_limited_too() {
        for (int i = 0; i < 10; i++) {
            String address = "guess" + i + "@studio.it";
            assertThatThrownBy(() -> signIn(address, "wrong guess here")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("anna@studio.it", PASSWORD)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void issue10_6_with_a_second_factor_the_password_grants_only_its_factor_not_the_staff_roles() {
        secondFactors.enrol(new CredentialHolder.Staff(anna.id()), new TotpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), List.of(), Instant.now());
        Authentication signedIn = signIn("anna@studio.it", PASSWORD);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("FACTOR_PASSWORD");
        assertThat(SignInFactors.complete(signedIn)).isFalse();
    }

    @Test
    void issue10_7_a_member_the_firm_requires_it_of_gets_no_staff_roles_before_setting_it_up() {
        signInSecurity.changeTwoFactorRequirement(TwoFactorRequirement.OWNER_AND_ADMINS);
        Authentication signedIn = signIn("anna@studio.it", PASSWORD);
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("FACTOR_PASSWORD");
    }

    @Test
    void issue10_6_the_second_factor_adds_its_authority_and_the_staff_roles() {
        signInSecurity.changeTwoFactorRequirement(TwoFactorRequirement.OWNER_AND_ADMINS);
        Authentication afterPassword = signIn("anna@studio.it", PASSWORD);
        var principal = (StaffPrincipal) afterPassword.getPrincipal();
        Authentication complete = SignInFactors.withSecondFactor(afterPassword, principal, SignInFactors.AUTHENTICATOR_AUTHORITY);
        assertThat(complete.getAuthorities()).extracting(a -> a.getAuthority())
                .containsExactlyInAnyOrder("FACTOR_PASSWORD", "FACTOR_TOTP", "ROLE_STAFF", "ROLE_OWNER");
        assertThat(SignInFactors.complete(complete)).isTrue();
        assertThat(complete.getPrincipal()).isEqualTo(principal);
    }

    @Test
    void G1_without_a_second_factor_the_password_grants_its_factor_and_the_roles() {
        Authentication signedIn = signIn("anna@studio.it", PASSWORD);
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority()).containsExactlyInAnyOrder("FACTOR_PASSWORD", "ROLE_STAFF", "ROLE_OWNER");
        assertThat(SignInFactors.complete(signedIn)).isTrue();
    }
}
