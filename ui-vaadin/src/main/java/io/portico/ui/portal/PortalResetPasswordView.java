package io.portico.ui.portal;

import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.session.port.in.SessionValidityQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.portal.port.in.ResetPortalPasswordCommand;
import io.portico.application.portal.port.in.ResetPortalPasswordUseCase;
import io.portico.domain.shared.SecretToken;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.link.LinkGone;
import io.portico.ui.link.MailedLinkPage;
import java.util.Optional;

/**
 * B11: the page a portal reset link opens. Saving a new password uses the link and signs the client
 * in. A refused password leaves the link usable.
 */
@Route(value = PortalRoutes.RESET_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class PortalResetPasswordView extends MailedLinkPage<SecretToken> {

    final PasswordField password = new PasswordField(getTranslation("field.newPassword"));
    final PasswordStrengthMeter strength = new PasswordStrengthMeter();
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button save = new Button(getTranslation("reset.save"));
    final VerticalLayout form = new VerticalLayout(new H1(getTranslation("reset.title")), password, strength, confirmation, save);
    final LinkGone gone = new LinkGone("portal.reset.gone",
            new RouterLink(getTranslation("reset.ask-again"), PortalForgotPasswordView.class),
            new RouterLink(getTranslation("forgot.back"), PortalLoginView.class));

    public PortalResetPasswordView(ResetPortalPasswordUseCase resetPassword, SessionValidityQuery epochs, FirmIdentityQuery firm) {
        super(PortalRoutes.TOKEN, token -> Optional.of(token).filter(resetPassword::isUsable), "reset.title", " · Portal");
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.addValueChangeListener(change -> strength.show(change.getValue()));
        setsPassword(password, confirmation, save, newPassword -> {
            PortalSession.start(resetPassword.reset(new ResetPortalPasswordCommand(token(), newPassword)), epochs);
            getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
        });
        add(new LanguageSelect());
        layOut(form, gone);
        FirmBranding.around(this, firm);
    }
}
