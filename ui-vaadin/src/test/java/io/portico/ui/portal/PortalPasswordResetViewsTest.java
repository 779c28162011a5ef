package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.portal.port.in.PortalSignInUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** B11: forgotten portal passwords, in the shared test firm; each test has its own client address. */
class PortalPasswordResetViewsTest extends StaffViewTest {

    private static final String OLD_PASSWORD = "my forgotten portal passphrase";
    private static final String NEW_PASSWORD = "correct horse battery staple on Tuesday";

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
    DispatchMailUseCase dispatcher;
    @Autowired
    CapturedMailPort mailbox; // the embedded server itself, not the admins' Dev mailbox
    @Autowired
    PortalSignInUseCase signIn;

    private String email;
    private Account rossi;

    @BeforeEach
    void aClientWithAPortalLogin() {
        StaffId owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Contact client = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Rossi", email));
        rossi = AccountFixtures.individual("Rossi family " + email, Set.of(owner), AccountFixtures.loginFor(client, email));
        transactions.inTransaction(() -> {
            accounts.add(rossi, owner, Instant.now());
            users.add(PortalUser.activate(new EmailAddress(email), hasher.hash(OLD_PASSWORD), Instant.now()));
        });
    }

    private List<CapturedMail> mailTo(String address) {
        dispatcher.dispatchDue();
        return mailbox.all().reversed().stream().filter(m -> m.to().contains(address)).toList();
    }

    private PortalForgotPasswordView ask(String address) {
        PortalForgotPasswordView view = navigate(PortalForgotPasswordView.class);
        test(view.email).setValue(address);
        test(view.send).click();
        return view;
    }

    /** Asks for a link and reads it from the mail that came in; the dev mailbox's order is not relied on. */
    private String resetToken() {
        List<String> before = tokensMailedTo(email);
        ask(email);
        List<String> after = new ArrayList<>(tokensMailedTo(email));
        after.removeAll(before);
        assertThat(after).as("one new mail with a portal reset link").hasSize(1);
        return after.getFirst();
    }

    private List<String> tokensMailedTo(String address) {
        return mailTo(address).stream().map(mail -> {
            var matcher = Pattern.compile("/portal/reset-password\\?token=([A-Za-z0-9_-]+)").matcher(mail.textBody());
            assertThat(matcher.find()).as("the mail carries a portal reset link").isTrue();
            return matcher.group(1);
        }).toList();
    }

    private PortalResetPasswordView open(String token) {
        UI.getCurrent().navigate(PortalResetPasswordView.class, QueryParameters.of(PortalRoutes.TOKEN, token));
        return (PortalResetPasswordView) getCurrentView();
    }

    private void choose(PortalResetPasswordView page, String password, String repeated) {
        test(page.password).setValue(password);
        test(page.confirmation).setValue(repeated);
        test(page.save).click();
    }

    @Test
    void B11_the_portal_login_page_offers_forgot_password() {
        PortalLoginView login = navigate(PortalLoginView.class);

        assertThat(login.forgot.getText()).isEqualTo("Forgot password?");
        assertThat(login.forgot.getHref()).isEqualTo(PortalRoutes.FORGOT_PASSWORD);
    }

    @Test
    void B11_known_and_unknown_addresses_get_the_same_answer_and_only_the_known_one_gets_mail() {
        PortalForgotPasswordView unknown = ask("nobody-" + email);
        assertThat(unknown.sent.isVisible()).isTrue();
        String unknownAnswer = unknown.sent.getText();

        PortalForgotPasswordView known = ask(email);
        assertThat(known.sent.isVisible()).isTrue();
        assertThat(known.sent.getText()).isEqualTo(unknownAnswer).contains("this address has a portal login");

        assertThat(mailTo("nobody-" + email)).isEmpty();
        assertThat(mailTo(email)).singleElement().satisfies(mail -> assertThat(mail.textBody()).contains("/portal/reset-password?token="));
    }

    @Test
    void B11_a_malformed_address_is_named_and_nothing_is_sent() {
        PortalForgotPasswordView view = ask("mario-at-rossi");

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("Email:");
        assertThat(view.sent.isVisible()).isFalse();
    }

    @Test
    void B11_requests_for_one_address_are_throttled_alike_whether_or_not_it_is_known() {
        String unknown = "nobody-" + email;
        for (int i = 0; i < 3; i++) {
            assertThat(ask(email).sent.isVisible()).isTrue();
            assertThat(ask(unknown).sent.isVisible()).isTrue();
        }

        PortalForgotPasswordView known = ask(email);
        PortalForgotPasswordView other = ask(unknown);

        assertThat(known.throttled.isVisible()).isTrue();
        assertThat(known.sent.isVisible()).isFalse();
        assertThat(other.throttled.isVisible()).isTrue();
        assertThat(mailTo(email)).hasSize(3);
    }

    @Test
    void B11_the_link_shows_a_strength_meter_refuses_a_weak_password_on_the_field_and_signs_the_client_in() {
        String token = resetToken();
        PortalResetPasswordView page = open(token);
        assertThat(page.form.isVisible()).isTrue();

        choose(page, NEW_PASSWORD, "something else entirely");
        assertThat(page.confirmation.isInvalid()).isTrue();

        choose(page, "password1234", "password1234");
        assertThat(page.strength.bar.getValue()).isZero();
        assertThat(page.password.isInvalid()).isTrue();
        assertThat(page.password.getErrorMessage()).startsWith("Password:");
        assertThat(open(token).form.isVisible()).as("a refused password leaves the link usable").isTrue();

        page = open(token);
        test(page.password).setValue(NEW_PASSWORD);
        assertThat(page.strength.bar.getValue()).isEqualTo(PasswordStrengthMeter.MAX);
        assertThat(page.strength.text.getText()).contains("strong");
        choose(page, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(getCurrentView()).isInstanceOf(PortalHomeView.class);
        assertThat(((PortalHomeView) getCurrentView()).title.getText()).isEqualTo(rossi.name().value());
        assertThat(PortalSession.current()).isPresent();
        assertThat(signIn.signIn(new EmailAddress(email), NEW_PASSWORD)).isPresent();
        assertThat(signIn.signIn(new EmailAddress(email), OLD_PASSWORD)).isEmpty();
    }

    @Test
    void B11_a_used_link_shows_a_clear_page_leading_back_to_forgot_password() {
        String token = resetToken();
        choose(open(token), NEW_PASSWORD, NEW_PASSWORD);
        PortalSession.end();

        PortalResetPasswordView again = open(token);

        assertThat(again.form.isVisible()).isFalse();
        assertThat(again.gone.isVisible()).isTrue();
        assertThat(again.gone.getElement().getTextRecursively()).contains("This link no longer works", "already been used");
        assertThat(again.gone.getChildren().filter(RouterLink.class::isInstance).map(RouterLink.class::cast).map(RouterLink::getHref))
                .contains(PortalRoutes.FORGOT_PASSWORD);
    }

    @Test
    void B11_an_older_link_stops_working_once_a_new_one_is_sent() {
        String older = resetToken();
        String newer = resetToken();

        assertThat(open(older).gone.isVisible()).isTrue();
        assertThat(open(newer).form.isVisible()).isTrue();
    }

    @Test
    void B11_a_made_up_link_shows_the_same_clear_page() {
        PortalResetPasswordView page = open("made-up-token");

        assertThat(page.form.isVisible()).isFalse();
        assertThat(page.gone.isVisible()).isTrue();
    }
}
