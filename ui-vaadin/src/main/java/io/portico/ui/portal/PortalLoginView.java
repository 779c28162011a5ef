package io.portico.ui.portal;

import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.session.port.in.SessionValidityQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.portal.port.in.PortalSignInUseCase;
import io.portico.application.portal.port.in.SignUpUseCase;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.application.twofactor.port.in.CheckSecondFactorCommand;
import io.portico.application.twofactor.port.in.CheckSecondFactorUseCase;
import io.portico.application.twofactor.port.in.SecondFactorCheck;
import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.throttle.AttemptKind;
import io.portico.ui.i18n.Fields;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.security.ClientIp;
import java.util.Map;
import java.util.Optional;

/**
 * B11: clients sign in with email and password. An unknown address and a wrong password get the same
 * words; failures are throttled like the staff's, per address and per network address. Issue 10
 * item 8: a client with an authenticator app then gives its code, or a recovery code, before the
 * session starts.
 */
@Route(value = PortalRoutes.LOGIN, autoLayout = false)
@AnonymousAllowed
public class PortalLoginView extends VerticalLayout implements HasDynamicTitle {

    private final PortalSignInUseCase signIn;
    private final ThrottleAttemptsUseCase throttle;
    private final SessionValidityQuery epochs;
    private final TwoFactorStatusQuery twoFactor;
    private final CheckSecondFactorUseCase checkSecondFactor;
    final EmailField email = Fields.email();
    final PasswordField password = new PasswordField(getTranslation("field.password"));
    final Button submit = new Button(getTranslation("login.submit"));
    final Paragraph error = new Paragraph();
    final RouterLink forgot = new RouterLink(getTranslation("portal.login.forgot"), PortalForgotPasswordView.class);
    /** Item 10: shown only while the firm lets clients sign up themselves. */
    final RouterLink signup = new RouterLink(getTranslation("portal.login.signup"), SignupView.class);
    final TextField code = new TextField(getTranslation("two-factor.code-or-recovery"));
    final Button verify = new Button(getTranslation("two-factor.verify"));
    /** Whose password was right, until the second factor is given too. */
    private PortalUserId passwordChecked;

    public PortalLoginView(PortalSignInUseCase signIn, ThrottleAttemptsUseCase throttle, SessionValidityQuery epochs,
                           TwoFactorStatusQuery twoFactor, CheckSecondFactorUseCase checkSecondFactor, FirmIdentityQuery firm,
                           SignUpUseCase signUp) {
        this.signIn = signIn;
        this.throttle = throttle;
        this.epochs = epochs;
        this.twoFactor = twoFactor;
        this.checkSecondFactor = checkSecondFactor;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        email.setWidthFull();
        password.setWidthFull();
        error.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> signIn());
        code.setId("two-factor-code");
        code.setWidthFull();
        code.setMaxLength(40);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> verify());
        code.setVisible(false);
        verify.setVisible(false);
        signup.setVisible(signUp.open());
        add(new LanguageSelect(), new H1(getTranslation("portal.login.title")), error, email, password, submit, forgot, signup, code, verify);
        FirmBranding.around(this, firm);
    }

    private void signIn() {
        String address = email.getValue();
        EmailAddress parsed;
        try {
            parsed = EmailAddress.of("email", address);
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("email", email));
            return;
        }
        if (!throttle.take(new AttemptCommand(AttemptKind.PORTAL_SIGN_IN, address, ClientIp.current())).allowed()) {
            fail("login.throttled.message");
            return;
        }
        Optional<PortalUserId> user = signIn.signIn(parsed, password.getValue());
        if (user.isEmpty()) {
            fail("login.error.message");
            return;
        }
        throttle.succeeded(AttemptKind.PORTAL_SIGN_IN, address);
        if (twoFactor.hasAuthenticator(new CredentialHolder.Portal(user.get()))) {
            askForCode(user.get());
            return;
        }
        PortalSession.start(user.get(), epochs);
        getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
    }

    private void askForCode(PortalUserId user) {
        passwordChecked = user;
        error.setVisible(false);
        email.setReadOnly(true);
        password.setVisible(false);
        submit.setVisible(false);
        code.setVisible(true);
        verify.setVisible(true);
        verify.addClickShortcut(Key.ENTER);
        code.focus();
    }

    /** Throttled like passwords; after a recovery code the client goes on to set up the app again. */
    private void verify() {
        String address = email.getValue();
        if (!throttle.take(new AttemptCommand(AttemptKind.SECOND_FACTOR, address, ClientIp.current())).allowed()) {
            fail("error.two-factor.throttled");
            return;
        }
        SecondFactorCheck result = checkSecondFactor.check(new CheckSecondFactorCommand(new CredentialHolder.Portal(passwordChecked), code.getValue()));
        if (!result.passed()) {
            fail("error.two-factor.code.wrong");
            return;
        }
        throttle.succeeded(AttemptKind.SECOND_FACTOR, address);
        PortalSession.start(passwordChecked, epochs);
        Class<? extends Component> next = result == SecondFactorCheck.RECOVERY_CODE ? PortalProfileView.class : PortalHomeView.class;
        getUI().ifPresent(ui -> ui.navigate(next));
    }

    private void fail(String messageKey) {
        email.setInvalid(false);
        password.clear();
        code.clear();
        error.setText(getTranslation(messageKey));
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.login.title") + " · Portal";
    }
}
