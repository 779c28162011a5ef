package io.portico.ui.portal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
import io.portico.ui.security.LinkToken;
import java.util.Map;

/**
 * B11: the page a portal reset link opens. Opening it uses nothing up (mail scanners open links too);
 * saving a new password uses the link and signs the client in. A refused password leaves the link usable.
 */
@Route(value = PortalRoutes.RESET_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class PortalResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResetPortalPasswordUseCase resetPassword;
    final PasswordField password = new PasswordField(getTranslation("field.newPassword"));
    final PasswordStrengthMeter strength = new PasswordStrengthMeter();
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button save = new Button(getTranslation("reset.save"));
    final VerticalLayout form = new VerticalLayout(new H1(getTranslation("reset.title")), password, strength, confirmation, save);
    final VerticalLayout gone = new VerticalLayout(new H1(getTranslation("portal.link-gone.title")),
            new Paragraph(getTranslation("portal.reset.gone")),
            new RouterLink(getTranslation("reset.ask-again"), PortalForgotPasswordView.class),
            new RouterLink(getTranslation("forgot.back"), PortalLoginView.class));
    private SecretToken token;

    public PortalResetPasswordView(ResetPortalPasswordUseCase resetPassword) {
        this.resetPassword = resetPassword;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        NewPasswords.describe(password);
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.addValueChangeListener(change -> strength.show(change.getValue()));
        password.setWidthFull();
        confirmation.setWidthFull();
        form.setPadding(false);
        gone.setPadding(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        add(new LanguageSelect(), form, gone);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = LinkToken.of(event, PortalRoutes.TOKEN)
                .filter(resetPassword::isUsable)
                .orElse(null);
        showForm(token != null);
    }

    private void save() {
        if (!NewPasswords.repeated(password, confirmation)) {
            return;
        }
        try {
            PortalUserId user = resetPassword.reset(new ResetPortalPasswordCommand(token, password.getValue()));
            PortalSession.start(user);
            getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("password", password, "confirmation", confirmation));
        } catch (LinkNoLongerValidException e) {
            showForm(false);
        }
    }

    private void showForm(boolean usable) {
        form.setVisible(usable);
        gone.setVisible(!usable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(form.isVisible() ? "reset.title" : "portal.link-gone.title") + " · Portal";
    }
}
