package io.portico.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.portal.port.in.ChangePortalPasswordCommand;
import io.portico.application.portal.port.in.ChangePortalPasswordUseCase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.portal.port.in.PortalProfileQuery;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.application.twofactor.port.in.EnrolAuthenticatorUseCase;
import io.portico.application.twofactor.port.in.TurnOffAuthenticatorUseCase;
import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.domain.session.CredentialHolder;
import io.portico.ui.twofactor.AuthenticatorEnrolment;
import io.portico.ui.export.ExportDownloads;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.throttle.AttemptKind;
import io.portico.ui.form.NewPasswords;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.ClientIp;
import java.util.Map;

/** B7, B11: the client's own address, and changing its password; issue 10 item 8: their authenticator app. */
@Route(value = PortalRoutes.PROFILE, layout = PortalLayout.class)
@AnonymousAllowed
public class PortalProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalProfileQuery profile;
    private final ChangePortalPasswordUseCase changePassword;
    private final ThrottleAttemptsUseCase throttle;
    final Paragraph email = new Paragraph();
    final PasswordField current = new PasswordField(getTranslation("field.currentPassword"));
    final PasswordField newPassword = new PasswordField(getTranslation("field.newPassword"));
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button save = new Button(getTranslation("portal.profile.change-password"));
    final Paragraph saved = new Paragraph(getTranslation("portal.profile.password-changed"));
    final Paragraph twoFactorState = new Paragraph();
    final Button setUpAuthenticator = new Button();
    final Button turnOffAuthenticator = new Button(getTranslation("two-factor.turn-off"));
    final Div enrolment = new Div();
    final RouterLink notifications = new RouterLink(getTranslation("portal.notifications"), PortalNotificationsView.class);
    private final TwoFactorStatusQuery twoFactor;
    private final EnrolAuthenticatorUseCase enrol;
    private final TurnOffAuthenticatorUseCase turnOff;
    private final String issuer;
    private final ExportDownloads exports;
    final Div dataDownload = new Div();
    private String address = "";

    public PortalProfileView(PortalProfileQuery profile, ChangePortalPasswordUseCase changePassword, ThrottleAttemptsUseCase throttle,
                             TwoFactorStatusQuery twoFactor, EnrolAuthenticatorUseCase enrol, TurnOffAuthenticatorUseCase turnOff, FirmQuery firm, ExportDownloads exports) {
        this.exports = exports;
        this.profile = profile;
        this.changePassword = changePassword;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.enrol = enrol;
        this.turnOff = turnOff;
        this.issuer = firm.firm().map(f -> f.name().value()).orElse("Portico");
        setMaxWidth("40em");
        NewPasswords.describe(newPassword);
        for (PasswordField field : new PasswordField[] {current, newPassword, confirmation}) {
            field.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setVisible(false);
        saved.getStyle().set("color", "var(--lumo-success-text-color)");
        setUpAuthenticator.setId("set-up-authenticator");
        setUpAuthenticator.addClickListener(click -> startEnrolment());
        turnOffAuthenticator.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        turnOffAuthenticator.addClickListener(click -> turnOffAuthenticator());
        add(new H1(getTranslation("portal.profile")), email, notifications, new H2(getTranslation("portal.profile.change-password")), current,
                newPassword, confirmation, save, saved, new H2(getTranslation("two-factor.title")), twoFactorState,
                new HorizontalLayout(setUpAuthenticator, turnOffAuthenticator), enrolment, dataDownload);
    }

    private CredentialHolder.Portal holder() {
        return new CredentialHolder.Portal(PortalSession.current().orElseThrow().userId());
    }

    private void showTwoFactor() {
        boolean on = PortalSession.current().isPresent() && twoFactor.hasAuthenticator(holder());
        twoFactorState.setText(getTranslation(on ? "two-factor.authenticator.on" : "two-factor.authenticator.off"));
        setUpAuthenticator.setText(getTranslation(on ? "two-factor.set-up-again" : "two-factor.set-up"));
        setUpAuthenticator.setEnabled(true);
        turnOffAuthenticator.setVisible(on);
        enrolment.removeAll();
    }

    private void startEnrolment() {
        enrolment.removeAll();
        enrolment.add(new AuthenticatorEnrolment(enrol, holder(), issuer, address, codes -> setUpAuthenticator.setEnabled(false), this::showTwoFactor));
    }

    private void turnOffAuthenticator() {
        turnOff.turnOff(holder());
        showTwoFactor();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalSession.current().flatMap(session -> profile.profile(session.userId())).ifPresent(found -> {
            address = found.email().value();
            email.setText(getTranslation("field.email") + ": " + address);
        });
        showTwoFactor();
        dataDownload.removeAll(); // issue 14 item 3: Download my data
        PortalSession.current().ifPresent(session -> dataDownload.add(exports.forClient(session.userId())));
    }

    private void save() {
        saved.setVisible(false);
        if (!NewPasswords.repeated(newPassword, confirmation)) {
            return;
        }
        var fields = Map.of("currentPassword", current, "newPassword", newPassword, "confirmation", confirmation);
        try {
            PortalSession session = PortalSession.current().orElseThrow();
            // issue 10 item 11: guessing the current password of an open session is throttled like signing in
            String address = profile.profile(session.userId()).map(found -> found.email().value()).orElse("");
            if (!throttle.take(new AttemptCommand(AttemptKind.CURRENT_PASSWORD, address, ClientIp.current())).allowed()) {
                throw new InvalidInputException("currentPassword", "password.current-throttled");
            }
            long epoch = changePassword.change(new ChangePortalPasswordCommand(session.userId(), current.getValue(), newPassword.getValue()));
            throttle.succeeded(AttemptKind.CURRENT_PASSWORD, address);
            session.withEpoch(epoch).store(); // issue 10: this session goes on, the client's others end
            fields.values().forEach(field -> {
                field.clear();
                field.setInvalid(false);
            });
            saved.setVisible(true);
        } catch (InvalidInputException e) {
            InputErrors.show(e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.profile") + " · Portal";
    }
}
