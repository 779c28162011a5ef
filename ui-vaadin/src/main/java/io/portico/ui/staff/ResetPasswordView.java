package io.portico.ui.staff;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.application.staff.port.in.ResetPasswordUseCase;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.ui.form.NewPasswords;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.LinkToken;
import java.util.Map;

/** G1: the page a reset link opens. Opening it uses nothing up; only saving the new password does. */
@Route(value = ResetPasswordView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "reset-password";
    public static final String TOKEN = "token";

    private final ResetPasswordUseCase resetPassword;
    final PasswordField password = new PasswordField(getTranslation("field.newPassword"));
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button save = new Button(getTranslation("reset.save"));
    final VerticalLayout form = new VerticalLayout(password, confirmation, save);
    final VerticalLayout invalid = new VerticalLayout(new Paragraph(getTranslation("reset.invalid")),
            new RouterLink(getTranslation("reset.ask-again"), ForgotPasswordView.class));
    private SecretToken token;

    public ResetPasswordView(ResetPasswordUseCase resetPassword) {
        this.resetPassword = resetPassword;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        NewPasswords.describe(password);
        password.setWidthFull();
        confirmation.setWidthFull();
        form.setPadding(false);
        invalid.setPadding(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        add(new H1(getTranslation("reset.title")), form, invalid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = LinkToken.of(event, TOKEN)
                .filter(resetPassword::isUsable)
                .orElse(null);
        showForm(token != null);
    }

    private void save() {
        if (!NewPasswords.repeated(password, confirmation)) {
            return;
        }
        try {
            resetPassword.reset(new ResetPasswordCommand(token, password.getValue()));
            UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.of("reset", ""));
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("password", password, "confirmation", confirmation));
        } catch (LinkNoLongerValidException e) {
            showForm(false);
        }
    }

    private void showForm(boolean usable) {
        form.setVisible(usable);
        invalid.setVisible(!usable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Portico";
    }
}
