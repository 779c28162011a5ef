package io.portico.application.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SecondFactorPort} does; the holders exist as staff member and portal user. */
public abstract class SecondFactorPortContract {

    protected static final TotpSecret SECRET = new TotpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    protected static final TotpSecret OTHER_SECRET = new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    protected CredentialHolder.Staff staff;
    protected CredentialHolder.Portal client;

    protected abstract SecondFactorPort factors();

    protected abstract StaffId newStaffMember();

    protected abstract PortalUserId newPortalUser();

    /** Registers a passkey as Spring Security's WebAuthn support does. */
    protected abstract void registerPasskey(StaffId member);

    @BeforeEach
    void holders() {
        staff = new CredentialHolder.Staff(newStaffMember());
        client = new CredentialHolder.Portal(newPortalUser());
    }

    @Test
    void issue10_6_an_enrolled_app_is_loaded_back_unused() {
        factors().enrol(staff, SECRET, List.of(HASH_A), NOW);
        assertThat(factors().authenticator(staff)).contains(new AuthenticatorApp(SECRET, AuthenticatorApp.NO_STEP));
        assertThat(factors().authenticator(client)).isEmpty();
    }

    @Test
    void issue10_8_a_client_enrols_like_a_member() {
        factors().enrol(client, SECRET, List.of(HASH_A), NOW);
        assertThat(factors().authenticator(client)).isPresent();
        assertThat(factors().authenticator(staff)).isEmpty();
        assertThat(factors().redeemRecoveryCode(client, HASH_A, NOW)).isTrue();
    }

    @Test
    void issue10_6_a_step_is_used_once_and_never_an_older_one() {
        factors().enrol(staff, SECRET, List.of(), NOW);
        assertThat(factors().useStep(staff, 100)).isTrue();
        assertThat(factors().useStep(staff, 100)).isFalse();
        assertThat(factors().useStep(staff, 99)).isFalse();
        assertThat(factors().useStep(staff, 101)).isTrue();
        assertThat(factors().authenticator(staff)).contains(new AuthenticatorApp(SECRET, 101));
    }

    @Test
    void no_step_is_used_without_an_app() {
        assertThat(factors().useStep(staff, 100)).isFalse();
    }

    @Test
    void issue10_6_a_recovery_code_works_once() {
        factors().enrol(staff, SECRET, List.of(HASH_A, HASH_B), NOW);
        assertThat(factors().redeemRecoveryCode(staff, HASH_A, NOW)).isTrue();
        assertThat(factors().redeemRecoveryCode(staff, HASH_A, NOW)).isFalse();
        assertThat(factors().redeemRecoveryCode(staff, HASH_B, NOW)).isTrue();
    }

    @Test
    void a_recovery_code_is_only_its_holders() {
        factors().enrol(staff, SECRET, List.of(HASH_A), NOW);
        assertThat(factors().redeemRecoveryCode(client, HASH_A, NOW)).isFalse();
        assertThat(factors().redeemRecoveryCode(staff, HASH_A, NOW)).isTrue();
    }

    @Test
    void issue10_6_enrolling_again_voids_the_old_secret_and_codes() {
        factors().enrol(staff, SECRET, List.of(HASH_A), NOW);
        factors().useStep(staff, 100);
        factors().enrol(staff, OTHER_SECRET, List.of(HASH_B), NOW);
        assertThat(factors().authenticator(staff)).contains(new AuthenticatorApp(OTHER_SECRET, AuthenticatorApp.NO_STEP));
        assertThat(factors().redeemRecoveryCode(staff, HASH_A, NOW)).isFalse();
        assertThat(factors().redeemRecoveryCode(staff, HASH_B, NOW)).isTrue();
    }

    @Test
    void issue10_6_removing_takes_the_app_and_its_codes() {
        factors().enrol(staff, SECRET, List.of(HASH_A), NOW);
        factors().remove(staff);
        assertThat(factors().authenticator(staff)).isEmpty();
        assertThat(factors().redeemRecoveryCode(staff, HASH_A, NOW)).isFalse();
        assertThat(factors().hasSecondFactor(staff.id())).isFalse();
    }

    @Test
    void issue10_1_a_member_has_a_second_factor_with_an_app_or_a_passkey() {
        assertThat(factors().hasSecondFactor(staff.id())).isFalse();
        factors().enrol(staff, SECRET, List.of(), NOW);
        assertThat(factors().hasSecondFactor(staff.id())).isTrue();

        var other = newStaffMember();
        registerPasskey(other);
        assertThat(factors().hasSecondFactor(other)).isTrue();
        factors().removePasskeys(other);
        assertThat(factors().hasSecondFactor(other)).isFalse();
    }
}
