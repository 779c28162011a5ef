package io.portico.ui.twofactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.twofactor.port.in.EnrolAuthenticatorUseCase;
import io.portico.application.twofactor.port.in.TurnOffAuthenticatorUseCase;
import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.session.CredentialHolder;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.SignInFactors;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;

/**
 * Issue 10 items 6–7: a staff member's own second factors. A member the firm requires it of and who
 * has none lands here right after the password and leaves signed in once the app is confirmed. Outside
 * the staff layout, since such a member may not use anything else yet.
 */
@Route(value = TwoFactorView.ROUTE, autoLayout = false)
@PermitAll
public class TwoFactorView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "profile/two-factor";

    final Paragraph requiredNotice = new Paragraph(getTranslation("two-factor.required-notice"));
    final Paragraph state = new Paragraph();
    final Button setUp = new Button();
    final Button turnOff = new Button(getTranslation("two-factor.turn-off"));
    final Button back = new Button(getTranslation("two-factor.back"));
    final Button addPasskey = new Button(getTranslation("two-factor.add-passkey"));
    final Div enrolment = new Div();
    private final StaffSession session;
    private final TwoFactorStatusQuery status;
    private final EnrolAuthenticatorUseCase enrol;
    private final TurnOffAuthenticatorUseCase turnOffUseCase;
    private final String issuer;
    private final StaffPrincipal me;

    public TwoFactorView(StaffSession session, TwoFactorStatusQuery status, EnrolAuthenticatorUseCase enrol,
                         TurnOffAuthenticatorUseCase turnOffUseCase, FirmQuery firm) {
        this.session = session;
        this.status = status;
        this.enrol = enrol;
        this.turnOffUseCase = turnOffUseCase;
        this.issuer = firm.firm().map(f -> f.name().value()).orElse("Portico");
        this.me = session.current().orElseThrow();
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        setUp.setId("set-up-authenticator");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(click -> startEnrolment());
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        turnOff.addClickListener(click -> turnOff());
        addPasskey.setId("add-passkey");
        addPasskey.addClickListener(click -> Passkeys.register(this, getTranslation("two-factor.passkey.label"), this::passkeyAdded));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("")));
        add(new H1(getTranslation("two-factor.title")), requiredNotice, state, new HorizontalLayout(setUp, turnOff, back), enrolment,
                new H2(getTranslation("two-factor.passkeys")), new Paragraph(getTranslation("two-factor.passkeys.intro")), addPasskey);
        refresh();
    }

    private CredentialHolder holder() {
        return new CredentialHolder.Staff(new StaffId(me.id()));
    }

    private void refresh() {
        boolean on = status.hasAuthenticator(holder());
        boolean required = status.requiredOf(new StaffId(me.id()));
        boolean owed = session.awaitsSecondFactor();
        requiredNotice.setVisible(owed);
        state.setText(getTranslation(on ? "two-factor.authenticator.on" : "two-factor.authenticator.off"));
        setUp.setText(getTranslation(on ? "two-factor.set-up-again" : "two-factor.set-up"));
        turnOff.setVisible(on && !required);
        back.setVisible(!owed);
        addPasskey.setEnabled(!owed); // a passkey is added from a complete sign-in only
        enrolment.removeAll();
    }

    private void startEnrolment() {
        enrolment.removeAll();
        enrolment.add(new AuthenticatorEnrolment(enrol, holder(), issuer, me.email(), codes -> setUp.setEnabled(false), this::finished));
    }

    /** The confirmed app is the member's second factor: a member who still owed one is now signed in. */
    private void finished() {
        setUp.setEnabled(true);
        if (session.awaitsSecondFactor()) {
            session.completeSecondFactor(SignInFactors.AUTHENTICATOR_AUTHORITY);
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            return;
        }
        refresh();
    }

    private void passkeyAdded(boolean added) {
        Notification.show(getTranslation(added ? "two-factor.passkey.added" : "two-factor.passkey.failed"));
    }

    private void turnOff() {
        try {
            turnOffUseCase.turnOff(holder());
            refresh();
        } catch (InvalidInputException e) {
            Notification.show(InputErrors.message(e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.title") + " · Portico";
    }
}
