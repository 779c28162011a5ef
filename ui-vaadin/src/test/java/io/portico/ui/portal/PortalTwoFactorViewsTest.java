package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TimeStepCodes;
import io.portico.domain.twofactor.TotpSecret;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10 item 8: a client turns on an authenticator app, signs in with its code, recovers with a recovery code. */
class PortalTwoFactorViewsTest extends StaffViewTest {

    private static final String PASSWORD = "my portal passphrase";

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    Transactions transactions;
    @Autowired
    TimeStepCodes codes;
    @Autowired
    TwoFactorStatusQuery status;

    private String email;
    private PortalUser user;

    @BeforeEach
    void aClientWithAnAccount() {
        StaffId owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Contact client = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Rossi", email));
        Account account = AccountFixtures.individual("Rossi " + email, Set.of(owner), AccountFixtures.loginFor(client, email));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
        user = PortalUser.activate(new EmailAddress(email), hasher.hash(PASSWORD), Instant.now());
        transactions.inTransaction(() -> users.add(user));
    }

    private PortalLoginView passwordStep() {
        PortalSession.current().ifPresent(session -> PortalSession.end());
        PortalLoginView login = navigate(PortalLoginView.class);
        test(login.email).setValue(email);
        test(login.password).setValue(PASSWORD);
        test(login.submit).click();
        return login;
    }

    private String code(TotpSecret secret, int stepsFromNow) {
        return codes.codeAt(secret, AuthenticatorApp.stepAt(Instant.now()) + stepsFromNow);
    }

    /** Turns the app on in My profile; returns its secret, the recovery codes kept in {@code recovery}. */
    private TotpSecret turnOn(List<String> recovery) {
        passwordStep();
        PortalProfileView profile = navigate(PortalProfileView.class);
        assertThat(profile.twoFactorState.getText()).isEqualTo("Authenticator app: off");
        test(profile.setUpAuthenticator).click();
        TotpSecret secret = new TotpSecret(find(Span.class).withId("totp-secret").single().getText());
        test(find(TextField.class).withId("totp-code").single()).setValue(code(secret, 0));
        test(find(Button.class).withText("Confirm").single()).click();
        recovery.addAll(List.of(find(Pre.class).withId("recovery-codes").single().getText().split("\n")));
        test(find(Button.class).withText("I have saved the codes").single()).click();
        assertThat(profile.twoFactorState.getText()).isEqualTo("Authenticator app: on");
        return secret;
    }

    @Test
    void issue10_8_with_the_app_on_the_sign_in_asks_for_its_code() {
        TotpSecret secret = turnOn(new java.util.ArrayList<>());

        PortalLoginView login = passwordStep();
        assertThat(getCurrentView()).isInstanceOf(PortalLoginView.class);
        assertThat(PortalSession.current()).isEmpty();
        assertThat(login.code.isVisible()).isTrue();

        test(login.code).setValue(code(secret, 2));
        test(login.verify).click();
        assertThat(login.error.getText()).isEqualTo("the code is wrong or was already used");
        assertThat(PortalSession.current()).isEmpty();

        test(login.code).setValue(code(secret, 1)); // the next step, as clock skew: this step confirmed the app
        test(login.verify).click();
        assertThat(getCurrentView()).isInstanceOf(PortalHomeView.class);
        assertThat(PortalSession.current()).map(PortalSession::userId).contains(user.id());
    }

    @Test
    void issue10_8_a_recovery_code_signs_in_once_and_leads_to_my_profile_to_set_up_again() {
        var recovery = new java.util.ArrayList<String>();
        turnOn(recovery);

        PortalLoginView login = passwordStep();
        test(login.code).setValue(recovery.get(0));
        test(login.verify).click();
        assertThat(getCurrentView()).isInstanceOf(PortalProfileView.class);

        login = passwordStep();
        test(login.code).setValue(recovery.get(0));
        test(login.verify).click();
        assertThat(PortalSession.current()).isEmpty();
    }

    @Test
    void issue10_8_the_client_turns_the_app_off_and_signs_in_with_the_password_alone() {
        turnOn(new java.util.ArrayList<>());
        PortalProfileView profile = (PortalProfileView) getCurrentView();
        test(profile.turnOffAuthenticator).click();
        assertThat(status.hasAuthenticator(new CredentialHolder.Portal(user.id()))).isFalse();

        passwordStep();
        assertThat(getCurrentView()).isInstanceOf(PortalHomeView.class);
    }
}
