package io.portico.ui.twofactor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.twofactor.port.in.CheckSecondFactorCommand;
import io.portico.application.twofactor.port.in.CheckSecondFactorUseCase;
import io.portico.application.twofactor.port.in.SecondFactorCheck;
import io.portico.domain.staff.StaffId;
import io.portico.domain.session.CredentialHolder;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.throttle.AttemptKind;
import io.portico.ui.security.ClientIp;
import io.portico.ui.security.SignInFactors;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;

/**
 * Issue 10 item 6: the second step of a staff sign-in, after the password: a code from the
 * authenticator app or a recovery code. Checks are throttled like passwords.
 */
@Route(value = SecondFactorView.ROUTE, autoLayout = false)
@PermitAll
public class SecondFactorView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "login/two-factor";

    final TextField code = new TextField(getTranslation("two-factor.code-or-recovery"));
    final Button verify = new Button(getTranslation("two-factor.verify"));
    final Button usePasskey = new Button(getTranslation("two-factor.use-passkey"));
    final Button signOut = new Button(getTranslation("nav.logout"));
    private final CheckSecondFactorUseCase check;
    private final ThrottleAttemptsUseCase throttle;
    private final StaffSession session;

    public SecondFactorView(CheckSecondFactorUseCase check, ThrottleAttemptsUseCase throttle, StaffSession session) {
        this.check = check;
        this.throttle = throttle;
        this.session = session;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        code.setId("two-factor-code");
        code.setWidthFull();
        code.setMaxLength(40);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(click -> verify());
        usePasskey.setId("use-passkey");
        usePasskey.addClickListener(click -> Passkeys.authenticate(this, this::passkeyChecked));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> session.signOut());
        add(new H1(getTranslation("two-factor.sign-in.title")), new Paragraph(getTranslation("two-factor.sign-in.intro")), code, verify, usePasskey, signOut);
    }

    private void verify() {
        StaffPrincipal me = session.current().orElseThrow();
        // an allowed attempt counts as a failure until the code proves right (issue 10 item 11)
        if (!throttle.take(new AttemptCommand(AttemptKind.SECOND_FACTOR, me.email(), ClientIp.current())).allowed()) {
            refuse("two-factor.throttled");
            return;
        }
        SecondFactorCheck result = check.check(new CheckSecondFactorCommand(new CredentialHolder.Staff(new StaffId(me.id())), code.getValue()));
        switch (result) {
            case AUTHENTICATOR_CODE -> signedIn(SignInFactors.AUTHENTICATOR_AUTHORITY, "");
            case RECOVERY_CODE -> signedIn(SignInFactors.RECOVERY_CODE_AUTHORITY, TwoFactorView.ROUTE);
            case REFUSED -> refuse("two-factor.code.wrong");
        }
    }

    /** Spring Security's WebAuthn filter has added the passkey's factor to this session already. */
    private void passkeyChecked(boolean signedIn) {
        if (signedIn) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        } else {
            refuse("two-factor.passkey.failed");
        }
    }

    /** A new session id, so the page loads anew; after a recovery code the member goes on to set up the app again. */
    private void signedIn(String factor, String next) {
        throttle.succeeded(AttemptKind.SECOND_FACTOR, session.current().orElseThrow().email());
        session.completeSecondFactor(factor);
        getUI().ifPresent(ui -> ui.getPage().setLocation("/" + next));
    }

    private void refuse(String key) {
        code.setErrorMessage(getTranslation("error." + key));
        code.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.sign-in.title") + " · Portico";
    }
}
