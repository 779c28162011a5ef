package io.portico.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordResetViewsTest extends StaffViewTest {

    @Autowired
    DispatchMailUseCase dispatcher;
    @Autowired
    CapturedMailPort mailbox; // the embedded server itself, not the admins' Dev mailbox
    @Autowired
    AuthenticateStaffUseCase authenticate;

    private List<CapturedMail> mailTo(String address) {
        dispatcher.dispatchDue();
        return mailbox.all().reversed().stream().filter(m -> m.to().contains(address)).toList();
    }

    private ResetPasswordView open(String token) {
        UI.getCurrent().navigate(ResetPasswordView.class, QueryParameters.of(ResetPasswordView.TOKEN, token));
        return (ResetPasswordView) getCurrentView();
    }

    private ForgotPasswordView ask(String email) {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(email);
        test(view.send).click();
        return view;
    }

    private String resetToken() {
        int before = mailTo(TestFirm.OWNER_EMAIL).size();
        ask(TestFirm.OWNER_EMAIL);
        CapturedMail mail = mailTo(TestFirm.OWNER_EMAIL).getFirst();
        assertThat(mailTo(TestFirm.OWNER_EMAIL)).hasSize(before + 1);
        var matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.textBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void G1_known_and_unknown_addresses_get_the_same_answer_and_only_the_known_one_gets_mail() {
        ForgotPasswordView unknown = ask("nobody@studio-bianchi.it");
        String unknownAnswer = unknown.sent.getText();
        assertThat(unknown.sent.isVisible()).isTrue();
        assertThat(mailTo("nobody@studio-bianchi.it")).isEmpty();

        ForgotPasswordView known = ask(TestFirm.OWNER_EMAIL);
        assertThat(known.sent.isVisible()).isTrue();
        assertThat(known.sent.getText()).isEqualTo(unknownAnswer);
        assertThat(mailTo(TestFirm.OWNER_EMAIL)).isNotEmpty();
    }

    @Test
    void issue10_11_requests_for_one_address_are_throttled_alike_whether_or_not_it_is_known() {
        String unknown = "nobody-" + UUID.randomUUID() + "@studio-bianchi.it";
        for (int i = 0; i < 3; i++) {
            assertThat(ask(unknown).sent.isVisible()).isTrue();
        }

        ForgotPasswordView fourth = ask(unknown);

        assertThat(fourth.throttled.isVisible()).isTrue();
        assertThat(fourth.throttled.getText()).startsWith("Too many requests");
        assertThat(fourth.sent.isVisible()).isFalse();
    }

    @Test
    void G1_a_malformed_address_is_named_and_nothing_is_sent() {
        ForgotPasswordView view = ask("anna-at-studio");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("Email:");
        assertThat(view.sent.isVisible()).isFalse();
    }

    @Test
    void G1_an_unknown_link_shows_a_clear_page_offering_a_new_one() {
        ResetPasswordView view = open("made-up-token");
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.invalid.isVisible()).isTrue();
        assertThat(view.invalid.getElement().getTextRecursively()).contains("expired or has already been used");
    }

    @Test
    void G1_the_reset_link_sets_a_new_password_once() {
        String token = resetToken();
        ResetPasswordView view = open(token);
        assertThat(view.form.isVisible()).isTrue();

        test(view.password).setValue("another fine passphrase");
        test(view.confirmation).setValue("a different passphrase");
        test(view.save).click();
        assertThat(view.confirmation.isInvalid()).isTrue();

        test(view.password).setValue("password1234");
        test(view.confirmation).setValue("password1234");
        test(view.save).click();
        assertThat(view.password.getErrorMessage()).startsWith("Password:");

        test(view.password).setValue("another fine passphrase");
        test(view.confirmation).setValue("another fine passphrase");
        test(view.save).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(authenticate.authenticate(TestFirm.OWNER_EMAIL, "another fine passphrase")).isPresent();

        ResetPasswordView again = open(token);
        assertThat(again.form.isVisible()).isFalse();

        // put the shared firm's password back for the other tests
        String second = resetToken();
        ResetPasswordView restore = open(second);
        test(restore.password).setValue(TestFirm.OWNER_PASSWORD);
        test(restore.confirmation).setValue(TestFirm.OWNER_PASSWORD);
        test(restore.save).click();
    }
}
