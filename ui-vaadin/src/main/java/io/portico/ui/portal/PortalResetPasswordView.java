package io.portico.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.portal.port.in.ResetPortalPasswordCommand;
import io.portico.application.portal.port.in.ResetPortalPasswordUseCase;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.ui.form.NewPasswords;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.link.LinkGone;
import io.portico.ui.link.MailedLinkPage;
import java.util.Map;
import java.util.Optional;

/**
 * B11: the page a portal reset link opens. Saving a new password uses the link and signs the client
 * in. A refused password leaves the link usable.
 */
@Route(value = PortalRoutes.RESET_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class PortalResetPasswordView extends MailedLinkPage<SecretToken> {

    private final ResetPortalPasswordUseCase resetPassword;
    final PasswordField password = new PasswordField(getTranslation("field.newPassword"));
    final PasswordStrengthMeter strength = new PasswordStrengthMeter();
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button save = new Button(getTranslation("reset.save"));
    final VerticalLayout form = new VerticalLayout(new H1(getTranslation("reset.title")), password, strength, confirmation, save);
    final LinkGone gone = new LinkGone("portal.reset.gone",
            new RouterLink(getTranslation("reset.ask-again"), PortalForgotPasswordView.class),
            new RouterLink(getTranslation("forgot.back"), PortalLoginView.class));

    public PortalResetPasswordView(ResetPortalPasswordUseCase resetPassword) {
        super(PortalRoutes.TOKEN, "reset.title", " · Portal");
        this.resetPassword = resetPassword;
        NewPasswords.describe(password);
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.addValueChangeListener(change -> strength.show(change.getValue()));
        password.setWidthFull();
        confirmation.setWidthFull();
        form.setPadding(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        add(new LanguageSelect(), form, gone);
    }

    @Override
    protected Optional<SecretToken> open(SecretToken token) {
        return Optional.of(token).filter(resetPassword::isUsable);
    }

    @Override
    protected Component usable() {
        return form;
    }

    @Override
    protected LinkGone gone() {
        return gone;
    }

    private void save() {
        if (!NewPasswords.repeated(password, confirmation)) {
            return;
        }
        try {
            PortalUserId user = resetPassword.reset(new ResetPortalPasswordCommand(token(), password.getValue()));
            PortalSession.start(user);
            getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("password", password, "confirmation", confirmation));
        } catch (LinkNoLongerValidException e) {
            linkGone();
        }
    }
}
