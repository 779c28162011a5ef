package io.portico.ui.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.twofactor.TimeStepCodes;
import io.portico.domain.twofactor.TotpSecret;
import io.portico.domain.twofactor.TwoFactorRequirement;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 10 items 6–7 in the staff UI: enrolment, the gate after the password, the firm's setting. */
class TwoFactorViewsTest extends StaffViewTest {

    private static final String PASSWORD = "an employee passphrase";

    @Autowired
    StaffPort staff;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    TimeStepCodes codes;
    @Autowired
    TwoFactorStatusQuery status;
    @Autowired
    SignInSecurityPort signInSecurity;

    private StaffMember employee;

    @BeforeEach
    void anEmployee() {
        employee = new StaffMember(StaffId.random(), new PersonName("Marco", "Verdi"),
                new EmailAddress("marco-" + UUID.randomUUID().toString().substring(0, 8) + "@studio-bianchi.it"), StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(employee, hasher.hash(PASSWORD));
    }

    @AfterEach
    void firmDefault() {
        signInSecurity.changeTwoFactorRequirement(TwoFactorRequirement.OWNER_AND_ADMINS);
    }

    /** As right after the password: the password's factor, and the roles only when nothing more is owed. */
    private StaffPrincipal passwordOnly() {
        StaffPrincipal principal = StaffPrincipal.of(authenticate.authenticate(employee.email().value(), PASSWORD).orElseThrow());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))));
        SecurityContextHolder.setContext(context);
        return principal;
    }

    private List<String> enrol(TwoFactorView view) {
        test(view.setUp).click();
        AuthenticatorEnrolment enrolment = find(AuthenticatorEnrolment.class).single();
        TotpSecret secret = new TotpSecret(enrolment.secretText.getText());
        test(enrolment.code).setValue(codes.codeAt(secret, AuthenticatorApp.stepAt(Instant.now())));
        test(enrolment.confirm).click();
        return List.of(enrolment.recoveryCodes.getText().split("\n"));
    }

    @Test
    void issue10_6_a_member_enrols_an_app_from_the_qr_code_and_sees_ten_recovery_codes() {
        signIn(employee.email().value(), PASSWORD);
        TwoFactorView view = navigate(TwoFactorView.class);
        assertThat(view.state.getText()).isEqualTo("Authenticator app: off");
        assertThat(view.turnOff.isVisible()).isFalse();

        test(view.setUp).click();
        AuthenticatorEnrolment enrolment = find(AuthenticatorEnrolment.class).single();
        assertThat(enrolment.secretText.getText()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.uri("Studio Bianchi", "marco@studio.it")).startsWith("otpauth://totp/Studio%20Bianchi:marco%40studio.it?secret="
                + enrolment.secretText.getText() + "&issuer=Studio%20Bianchi");
        test(enrolment.code).setValue("000000".equals(codes.codeAt(new TotpSecret(enrolment.secretText.getText()), 0)) ? "111111" : "000000");
        test(enrolment.confirm).click();
        assertThat(enrolment.code.isInvalid()).isTrue();
        assertThat(status.hasSecondFactor(employee.id())).isFalse();

        test(enrolment.code).setValue(codes.codeAt(new TotpSecret(enrolment.secretText.getText()), AuthenticatorApp.stepAt(Instant.now())));
        test(enrolment.confirm).click();
        assertThat(enrolment.recoveryCodes.getText().split("\n")).hasSize(10);
        assertThat(status.hasSecondFactor(employee.id())).isTrue();

        test(enrolment.done).click();
        assertThat(view.state.getText()).isEqualTo("Authenticator app: on");
        assertThat(view.setUp.getText()).startsWith("Set up again");
        assertThat(view.turnOff.isVisible()).as("employees are not required").isTrue();
        test(view.turnOff).click();
        assertThat(status.hasSecondFactor(employee.id())).isFalse();
    }

    @Test
    void issue10_7_a_member_who_must_and_has_none_is_led_to_set_it_up_and_can_open_nothing_else() {
        signInSecurity.changeTwoFactorRequirement(TwoFactorRequirement.ALL_STAFF);
        passwordOnly();

        navigate("", TwoFactorView.class);
        TwoFactorView view = (TwoFactorView) getCurrentView();
        assertThat(view.requiredNotice.isVisible()).isTrue();
        assertThat(view.back.isVisible()).isFalse();
        navigate("settings/tags", TwoFactorView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorView.class);

        enrol(view);
        assertThat(status.hasSecondFactor(employee.id())).isTrue();
        assertThat(view.turnOff.isVisible()).as("required of all staff now").isFalse();
    }

    @Test
    void issue10_6_a_member_with_a_second_factor_is_sent_to_give_it_and_cannot_re_enrol_with_the_password_alone() {
        signIn(employee.email().value(), PASSWORD);
        enrol(navigate(TwoFactorView.class));
        passwordOnly();

        navigate("", SecondFactorView.class);
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
        navigate(TwoFactorView.ROUTE, SecondFactorView.class);
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
    }

    @Test
    void issue10_6_a_wrong_code_on_the_second_step_is_refused() {
        signIn(employee.email().value(), PASSWORD);
        enrol(navigate(TwoFactorView.class));
        passwordOnly();
        SecondFactorView step = navigate(SecondFactorView.class);

        test(step.code).setValue("ABCD-EFGH-JKLM-NPQR");
        test(step.verify).click();
        assertThat(step.code.isInvalid()).isTrue();
        assertThat(step.code.getErrorMessage()).isEqualTo("the code is wrong or was already used");
    }

    @Test
    void issue10_7_a_complete_sign_in_opens_the_staff_views() {
        signIn(employee.email().value(), PASSWORD);
        assertThat(navigate(HomeView.class)).isInstanceOf(HomeView.class);
    }

    @Test
    void issue10_7_the_owner_chooses_whom_the_firm_requires_it_of() {
        signIn("anna@studio-bianchi.it", "tax season never ends");
        SignInSecurityView view = navigate(SignInSecurityView.class);
        assertThat(view.requirement.getValue()).isEqualTo(TwoFactorRequirement.OWNER_AND_ADMINS);

        test(view.requirement).selectItem("All staff");
        test(view.save).click();
        assertThat(view.saved.isVisible()).isTrue();
        assertThat(signInSecurity.twoFactorRequirement()).isEqualTo(TwoFactorRequirement.ALL_STAFF);
    }

    @Test
    void issue10_7_an_employee_does_not_reach_the_setting() {
        var principal = StaffPrincipal.of(authenticate.authenticate(employee.email().value(), PASSWORD).orElseThrow());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_EMPLOYEE"))));
        SecurityContextHolder.setContext(context);
        navigate("settings/sign-in-security", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SignInSecurityView.class);
    }
}
