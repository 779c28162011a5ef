package io.portico.application.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.twofactor.port.in.ChangeSignInSecurityCommand;
import io.portico.application.twofactor.port.in.CheckSecondFactorCommand;
import io.portico.application.twofactor.port.in.ConfirmAuthenticatorCommand;
import io.portico.application.twofactor.port.in.ResetSecondFactorsCommand;
import io.portico.application.twofactor.port.in.SecondFactorCheck;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.twofactor.RecoveryCodes;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TimeStepCodes;
import io.portico.domain.twofactor.TotpSecret;
import io.portico.domain.twofactor.TwoFactorRequirement;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoFactorUseCasesTest {

    /** A stand-in for RFC 6238 that differs per secret and per step. */
    static final TimeStepCodes CODES = (secret, step) -> "%06d".formatted(Math.floorMod((secret.base32() + step).hashCode(), 1_000_000));

    private final MutableClock clock = MutableClock.startingAt("2026-11-30T10:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemorySecondFactors factors = new InMemorySecondFactors();
    private final InMemorySignInSecurity settings = new InMemorySignInSecurity();
    private final io.portico.application.session.InMemoryCredentialEpochs epochs = new io.portico.application.session.InMemoryCredentialEpochs();
    private final TwoFactorRule rule = new TwoFactorRule(staff, settings);
    private final Administrators administrators = new Administrators(staff);
    private final AuthenticatorService authenticators =
            new AuthenticatorService(factors, rule, CODES, new SecureRandom(), new DirectTransactions(), clock);
    private final TwoFactorStatusService status = new TwoFactorStatusService(factors, rule);
    private final SignInSecurityService signInSecurity = new SignInSecurityService(settings, administrators);
    private final ResetSecondFactorsService reset =
            new ResetSecondFactorsService(staff, administrators, factors, epochs, new DirectTransactions());

    private final StaffMember owner = member(StaffRole.OWNER, "owner@studio.it");
    private final StaffMember admin = member(StaffRole.ADMIN, "admin@studio.it");
    private final StaffMember employee = member(StaffRole.EMPLOYEE, "employee@studio.it");

    private StaffMember member(StaffRole role, String email) {
        var member = new StaffMember(StaffId.random(), new PersonName("Anna", "Bianchi"), new EmailAddress(email), role, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(member, "hash");
        return member;
    }

    private static CredentialHolder.Staff holder(StaffMember member) {
        return new CredentialHolder.Staff(member.id());
    }

    private String codeNow(TotpSecret secret, int stepsFromNow) {
        return CODES.codeAt(secret, AuthenticatorApp.stepAt(clock.instant()) + stepsFromNow);
    }

    private List<String> enrol(CredentialHolder holder, TotpSecret secret) {
        return authenticators.confirm(new ConfirmAuthenticatorCommand(holder, secret, codeNow(secret, 0)));
    }

    private SecondFactorCheck check(CredentialHolder holder, String code) {
        return authenticators.check(new CheckSecondFactorCommand(holder, code));
    }

    @Test
    void issue10_6_confirming_with_a_code_from_the_app_enrols_it_with_ten_recovery_codes() {
        TotpSecret secret = authenticators.newSecret();
        List<String> codes = enrol(holder(employee), secret);

        assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
        assertThat(factors.authenticator(holder(employee))).map(AuthenticatorApp::secret).contains(secret);
        assertThat(status.hasSecondFactor(employee.id())).isTrue();
        assertThat(status.hasAuthenticator(holder(employee))).isTrue();
    }

    @Test
    void issue10_6_a_wrong_confirmation_code_enrols_nothing_and_names_the_code_field() {
        TotpSecret secret = authenticators.newSecret();
        String wrong = codeNow(secret, 2);

        assertThatThrownBy(() -> authenticators.confirm(new ConfirmAuthenticatorCommand(holder(employee), secret, wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("two-factor.code.wrong");
                });
        assertThat(status.hasSecondFactor(employee.id())).isFalse();
    }

    @Test
    void a_blank_confirmation_code_is_refused_on_the_code_field() {
        TotpSecret secret = authenticators.newSecret();
        assertThatThrownBy(() -> new ConfirmAuthenticatorCommand(holder(employee), secret, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> new ConfirmAuthenticatorCommand(holder(employee), secret, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void issue10_6_the_code_that_confirmed_the_app_cannot_sign_in_again() {
        TotpSecret secret = authenticators.newSecret();
        enrol(holder(employee), secret);
        assertThat(check(holder(employee), codeNow(secret, 0))).isEqualTo(SecondFactorCheck.REFUSED);
        clock.advance(AuthenticatorApp.STEP);
        assertThat(check(holder(employee), codeNow(secret, 0))).isEqualTo(SecondFactorCheck.AUTHENTICATOR_CODE);
    }

    @Test
    void issue10_6_a_code_signs_in_once_per_step_no_replay() {
        TotpSecret secret = authenticators.newSecret();
        enrol(holder(employee), secret);
        clock.advance(Duration.ofMinutes(5));
        String code = codeNow(secret, 0);

        assertThat(check(holder(employee), code)).isEqualTo(SecondFactorCheck.AUTHENTICATOR_CODE);
        assertThat(check(holder(employee), code)).isEqualTo(SecondFactorCheck.REFUSED);
    }

    @Test
    void issue10_6_a_code_one_step_behind_is_accepted_two_steps_not() {
        TotpSecret secret = authenticators.newSecret();
        enrol(holder(employee), secret);
        clock.advance(Duration.ofMinutes(5));
        assertThat(check(holder(employee), codeNow(secret, -2))).isEqualTo(SecondFactorCheck.REFUSED);
        assertThat(check(holder(employee), codeNow(secret, -1))).isEqualTo(SecondFactorCheck.AUTHENTICATOR_CODE);
    }

    @Test
    void without_an_app_every_code_is_refused() {
        assertThat(check(holder(employee), "123456")).isEqualTo(SecondFactorCheck.REFUSED);
        assertThat(check(holder(employee), null)).isEqualTo(SecondFactorCheck.REFUSED);
        assertThat(check(holder(employee), "ABCD-EFGH-JKLM-NPQR")).isEqualTo(SecondFactorCheck.REFUSED);
    }

    @Test
    void issue10_6_a_recovery_code_signs_in_once() {
        List<String> codes = enrol(holder(employee), authenticators.newSecret());

        assertThat(check(holder(employee), codes.get(3).toLowerCase())).isEqualTo(SecondFactorCheck.RECOVERY_CODE);
        assertThat(check(holder(employee), codes.get(3))).isEqualTo(SecondFactorCheck.REFUSED);
        assertThat(check(holder(employee), codes.get(4))).isEqualTo(SecondFactorCheck.RECOVERY_CODE);
        assertThat(SecondFactorCheck.RECOVERY_CODE.passed()).isTrue();
        assertThat(SecondFactorCheck.AUTHENTICATOR_CODE.passed()).isTrue();
        assertThat(SecondFactorCheck.REFUSED.passed()).isFalse();
    }

    @Test
    void issue10_6_enrolling_again_voids_the_old_secret_and_recovery_codes() {
        TotpSecret first = authenticators.newSecret();
        List<String> oldCodes = enrol(holder(employee), first);
        clock.advance(AuthenticatorApp.STEP);
        TotpSecret second = authenticators.newSecret();
        List<String> newCodes = enrol(holder(employee), second);
        clock.advance(AuthenticatorApp.STEP);

        assertThat(check(holder(employee), oldCodes.get(0))).isEqualTo(SecondFactorCheck.REFUSED);
        assertThat(check(holder(employee), codeNow(first, 0))).isEqualTo(SecondFactorCheck.REFUSED);
        assertThat(check(holder(employee), codeNow(second, 0))).isEqualTo(SecondFactorCheck.AUTHENTICATOR_CODE);
        assertThat(check(holder(employee), newCodes.get(0))).isEqualTo(SecondFactorCheck.RECOVERY_CODE);
    }

    @Test
    void issue10_8_a_client_enrols_signs_in_with_a_code_and_recovers_with_a_code() {
        var client = new CredentialHolder.Portal(PortalUserId.random());
        TotpSecret secret = authenticators.newSecret();
        List<String> codes = enrol(client, secret);
        clock.advance(AuthenticatorApp.STEP);

        assertThat(check(client, codeNow(secret, 0))).isEqualTo(SecondFactorCheck.AUTHENTICATOR_CODE);
        assertThat(check(client, codes.get(0))).isEqualTo(SecondFactorCheck.RECOVERY_CODE);
        assertThat(status.hasAuthenticator(client)).isTrue();
    }

    @Test
    void issue10_8_a_client_turns_the_app_off() {
        var client = new CredentialHolder.Portal(PortalUserId.random());
        enrol(client, authenticators.newSecret());
        authenticators.turnOff(client);
        assertThat(status.hasAuthenticator(client)).isFalse();
    }

    @Test
    void issue10_6_an_employee_turns_the_app_off_when_the_firm_does_not_require_it() {
        enrol(holder(employee), authenticators.newSecret());
        authenticators.turnOff(holder(employee));
        assertThat(status.hasSecondFactor(employee.id())).isFalse();
    }

    @Test
    void issue10_7_a_member_the_firm_requires_it_of_cannot_turn_it_off() {
        enrol(holder(admin), authenticators.newSecret());
        assertThatThrownBy(() -> authenticators.turnOff(holder(admin)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("twoFactor"));
        assertThat(status.hasSecondFactor(admin.id())).isTrue();
    }

    @Test
    void issue10_7_the_requirement_follows_role_and_setting() {
        assertThat(status.requiredOf(owner.id())).isTrue();
        assertThat(status.requiredOf(admin.id())).isTrue();
        assertThat(status.requiredOf(employee.id())).isFalse();
        assertThat(status.requiredOf(StaffId.random())).isFalse();

        signInSecurity.change(new ChangeSignInSecurityCommand(owner.id(), TwoFactorRequirement.ALL_STAFF));
        assertThat(status.requiredOf(employee.id())).isTrue();
        assertThat(signInSecurity.twoFactorRequirement()).isEqualTo(TwoFactorRequirement.ALL_STAFF);

        signInSecurity.change(new ChangeSignInSecurityCommand(admin.id(), TwoFactorRequirement.NOBODY));
        assertThat(status.requiredOf(owner.id())).isFalse();
    }

    @Test
    void issue10_7_an_employee_cannot_change_the_requirement() {
        assertThatThrownBy(() -> signInSecurity.change(new ChangeSignInSecurityCommand(employee.id(), TwoFactorRequirement.NOBODY)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(signInSecurity.twoFactorRequirement()).isEqualTo(TwoFactorRequirement.OWNER_AND_ADMINS);
    }

    @Test
    void a_requirement_must_be_chosen() {
        assertThatThrownBy(() -> new ChangeSignInSecurityCommand(owner.id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("twoFactor"));
    }

    @Test
    void issue10_6_an_admin_resets_a_members_factors_and_their_sessions_end() {
        List<String> codes = enrol(holder(employee), authenticators.newSecret());
        factors.registerPasskey(employee.id());

        reset.reset(new ResetSecondFactorsCommand(admin.id(), employee.id()));

        assertThat(status.hasSecondFactor(employee.id())).isFalse();
        assertThat(check(holder(employee), codes.get(0))).isEqualTo(SecondFactorCheck.REFUSED);
        assertThat(epochOf(employee.id())).isEqualTo(1);
    }

    @Test
    void issue10_6_the_owner_resets_an_admin_but_an_admin_never_the_owner() {
        enrol(holder(owner), authenticators.newSecret());
        enrol(holder(admin), authenticators.newSecret());

        assertThatThrownBy(() -> reset.reset(new ResetSecondFactorsCommand(admin.id(), owner.id()))).isInstanceOf(NotAllowedException.class);
        assertThat(status.hasSecondFactor(owner.id())).isTrue();

        reset.reset(new ResetSecondFactorsCommand(owner.id(), admin.id()));
        assertThat(status.hasSecondFactor(admin.id())).isFalse();
        assertThat(epochOf(admin.id())).isEqualTo(1);
    }

    @Test
    void issue10_6_an_employee_cannot_reset_anyone() {
        enrol(holder(admin), authenticators.newSecret());
        assertThatThrownBy(() -> reset.reset(new ResetSecondFactorsCommand(employee.id(), admin.id()))).isInstanceOf(NotAllowedException.class);
        assertThat(status.hasSecondFactor(admin.id())).isTrue();
        assertThat(epochOf(admin.id())).isZero();
    }

    @Test
    void resetting_an_unknown_member_names_the_member_field() {
        assertThatThrownBy(() -> reset.reset(new ResetSecondFactorsCommand(owner.id(), StaffId.random())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
        assertThat(epochOf(owner.id())).isZero();
    }

    private long epochOf(StaffId member) {
        return epochs.epoch(new io.portico.domain.session.CredentialHolder.Staff(member));
    }
}
