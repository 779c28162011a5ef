package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.PasswordHasher;
import com.vaadin.flow.component.textfield.PasswordField;
import io.portico.domain.account.AccountType;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.shared.EmailAddress;
import io.portico.ui.support.StaffViewTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** B9 in the browserless UI: the sign-up page, its closed state, the same answer for known addresses, verification. */
class SignupViewsTest extends StaffViewTest {

    private static final String PASSWORD = "a long enough secret";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Autowired
    DispatchMailUseCase dispatcher;
    @Autowired
    CapturedMailPort mailbox; // the embedded server itself, not the admins' Dev mailbox
    @Autowired
    PortalSettingsPort settings;
    @Autowired
    PortalAccessPort access;
    @Autowired
    PortalUserPort users;
    @Autowired
    ContactPort contacts;
    @Autowired
    PasswordHasher hasher;

    private final String address = "mario." + UUID.randomUUID().toString().substring(0, 8) + "@rossi.it";

    @AfterEach
    void defaults() {
        settings.save(PortalSettings.DEFAULT);
    }

    @Test
    void B9_when_the_firm_closed_signup_the_page_says_so_and_shows_no_form() {
        settings.save(new PortalSettings(InvitationValidity.DEFAULT, false, Set.of()));

        SignupView view = navigate(SignupView.class);

        assertThat(view.closed.isVisible()).isTrue();
        assertThat(view.closed.getText()).isEqualTo("Sign-up is closed. To get access to the portal, please contact the firm.");
        assertThat(view.form.isVisible()).isFalse();
    }

    @Test
    void B9_B11_a_known_address_gets_the_same_answer_and_a_mail_saying_it_has_an_account() {
        SignupView fresh = signUp(address, AccountType.INDIVIDUAL, "");
        String freshAnswer = fresh.checkMail.getText().replace(address, "…");
        assertThat(fresh.checkMail.isVisible()).isTrue();
        assertThat(fresh.form.isVisible()).isFalse();
        confirm(tokenOf(onlyMailTo(address)));

        SignupView known = signUp(address.toUpperCase(), AccountType.INDIVIDUAL, "");

        assertThat(known.checkMail.isVisible()).isTrue();
        assertThat(known.checkMail.getText().replace(new EmailAddress(address.toUpperCase()).value(), "…"))
                .isEqualTo(freshAnswer);
        List<CapturedMail> mails = mailTo(address);
        assertThat(mails).hasSize(2);
        assertThat(mails).anySatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("You already have an account with Studio Bianchi");
            assertThat(mail.textBody()).doesNotContain("token=");
        });
    }

    @Test
    void B9_verifying_creates_the_account_and_the_contact_with_login_on_and_signs_the_client_in() {
        signUp(address, AccountType.COMPANY, "Rossi Srl " + address.substring(6, 14));
        String token = tokenOf(onlyMailTo(address));

        SignupVerifyView opened = open(token);
        assertThat(opened.confirmation.isVisible()).isTrue();
        assertThat(opened.offer.getText()).contains(address, "Rossi Srl");
        assertThat(contacts.findByEmail(new EmailAddress(address))).as("opening creates nothing").isEmpty();

        choosePassword(opened);

        assertThat(getCurrentView()).as("signed in, in the portal").isInstanceOf(PortalHomeView.class);
        assertThat(PortalSession.current()).isPresent();
        assertThat(contacts.findByEmail(new EmailAddress(address))).hasValueSatisfying(contact ->
                assertThat(contact.name().full()).isEqualTo("Mario Rossi"));
        assertThat(access.loginAccounts(new EmailAddress(address))).extracting(PortalAccount::name)
                .containsExactly("Rossi Srl " + address.substring(6, 14));
        assertThat(users.findByEmail(new EmailAddress(address))).isPresent();
        SignupVerifyView again = open(token);
        assertThat(again.invalid.isVisible()).isTrue();
        assertThat(again.confirmation.isVisible()).isFalse();
    }

    @Test
    void B9_bad_input_is_named_on_its_field_and_nothing_is_sent() {
        SignupView view = signUp(address, AccountType.COMPANY, "");
        assertThat(view.companyName.isInvalid()).isTrue();
        assertThat(view.companyName.getErrorMessage()).startsWith("Company name:");

        assertThat(view.checkMail.isVisible()).isFalse();
        assertThat(mailTo(address)).isEmpty();
    }

    @Test
    void issue10_12_signup_asks_the_password_only_after_the_link_is_opened() {
        SignupView form = navigate(SignupView.class);
        assertThat(form.form.getChildren()).as("name and address only").noneMatch(PasswordField.class::isInstance);
        signUp(address, AccountType.INDIVIDUAL, "");
        SignupVerifyView opened = open(tokenOf(onlyMailTo(address)));

        test(opened.password).setValue(PASSWORD);
        test(opened.passwordConfirmation).setValue(PASSWORD + "!");
        test(opened.confirm).click();
        assertThat(opened.passwordConfirmation.isInvalid()).isTrue();
        assertThat(opened.passwordConfirmation.getErrorMessage()).endsWith("the two passwords are not the same");
        test(opened.passwordConfirmation).setValue("short");
        test(opened.password).setValue("short");
        test(opened.confirm).click();
        assertThat(opened.password.isInvalid()).isTrue();
        assertThat(users.findByEmail(new EmailAddress(address))).as("nothing created yet").isEmpty();

        test(opened.password).setValue(PASSWORD);
        test(opened.passwordConfirmation).setValue(PASSWORD);
        test(opened.confirm).click();

        assertThat(getCurrentView()).isInstanceOf(PortalHomeView.class);
        assertThat(hasher.matches(PASSWORD, users.findByEmail(new EmailAddress(address)).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void issue10_20_a_link_opened_after_the_firm_closed_signup_shows_that_signup_is_closed_and_creates_nothing() {
        signUp(address, AccountType.INDIVIDUAL, "");
        String token = tokenOf(onlyMailTo(address));
        SignupVerifyView before = open(token);
        settings.save(new PortalSettings(InvitationValidity.DEFAULT, false, Set.of()));

        test(before.password).setValue(PASSWORD);
        test(before.passwordConfirmation).setValue(PASSWORD);
        test(before.confirm).click();
        assertThat(before.closed.isVisible()).as("closed while the page was open").isTrue();
        assertThat(before.confirmation.isVisible()).isFalse();

        SignupVerifyView after = open(token);
        assertThat(after.closed.isVisible()).isTrue();
        assertThat(after.closed.getText()).isEqualTo("Sign-up is closed. To get access to the portal, please contact the firm.");
        assertThat(after.confirmation.isVisible()).isFalse();
        assertThat(after.invalid.isVisible()).isFalse();
        assertThat(users.findByEmail(new EmailAddress(address))).isEmpty();
        assertThat(contacts.findByEmail(new EmailAddress(address))).isEmpty();
    }

    @Test
    void B9_an_unknown_link_shows_a_clear_page_offering_to_sign_up_again() {
        SignupVerifyView view = open("made-up-token");
        assertThat(view.confirmation.isVisible()).isFalse();
        assertThat(view.invalid.getElement().getTextRecursively()).contains("expired or has already been used", "Sign up again");
    }

    @Test
    void issue10_11_signups_for_one_address_are_throttled_and_the_throttled_one_mails_nobody() {
        for (int i = 0; i < 3; i++) {
            assertThat(signUp(address, AccountType.INDIVIDUAL, "").checkMail.isVisible()).isTrue();
        }

        SignupView fourth = signUp(address, AccountType.INDIVIDUAL, "");

        assertThat(fourth.throttled.isVisible()).isTrue();
        assertThat(fourth.throttled.getText()).startsWith("Too many sign-ups");
        assertThat(fourth.checkMail.isVisible()).isFalse();
        assertThat(mailTo(address)).hasSize(3);
    }

    private SignupView signUp(String email, AccountType type, String companyName) {
        SignupView view = navigate(SignupView.class);
        test(view.firstName).setValue("Mario");
        test(view.lastName).setValue("Rossi");
        test(view.email).setValue(email);
        view.accountType.setValue(type);
        if (type == AccountType.COMPANY) {
            test(view.companyName).setValue(companyName);
        }
        test(view.submit).click();
        return view;
    }

    private SignupVerifyView open(String token) {
        UI.getCurrent().navigate(SignupVerifyView.class, QueryParameters.of(SignupVerifyView.TOKEN, token));
        return (SignupVerifyView) getCurrentView();
    }

    private void confirm(String token) {
        choosePassword(open(token));
    }

    private void choosePassword(SignupVerifyView opened) {
        test(opened.password).setValue(PASSWORD);
        test(opened.passwordConfirmation).setValue(PASSWORD);
        test(opened.confirm).click();
    }

    private List<CapturedMail> mailTo(String to) {
        dispatcher.dispatchDue();
        return mailbox.all().reversed().stream().filter(m -> m.to().stream().anyMatch(t -> t.equalsIgnoreCase(to))).toList();
    }

    private CapturedMail onlyMailTo(String to) {
        List<CapturedMail> mails = mailTo(to);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String tokenOf(CapturedMail mail) {
        Matcher matcher = TOKEN.matcher(mail.textBody());
        assertThat(matcher.find()).as("a link in " + mail.textBody()).isTrue();
        return matcher.group(1);
    }
}
