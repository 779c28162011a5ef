package io.portico.ui.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.application.staff.port.in.ResetPasswordUseCase;
import io.portico.domain.shared.SecretToken;
import io.portico.ui.link.LinkGone;
import io.portico.ui.link.MailedLinkPage;
import java.util.Optional;

/** G1: the page a reset link opens. Opening it uses nothing up; only saving the new password does. */
@Route(value = ResetPasswordView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends MailedLinkPage<SecretToken> {

    public static final String ROUTE = "reset-password";
    public static final String TOKEN = "token";

    final PasswordField password = new PasswordField(getTranslation("field.newPassword"));
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button save = new Button(getTranslation("reset.save"));
    final VerticalLayout form = new VerticalLayout(new H1(getTranslation("reset.title")), password, confirmation, save);
    final LinkGone invalid = new LinkGone("reset.invalid", new RouterLink(getTranslation("reset.ask-again"), ForgotPasswordView.class));

    public ResetPasswordView(ResetPasswordUseCase resetPassword) {
        super(TOKEN, token -> Optional.of(token).filter(resetPassword::isUsable), "reset.title", " · Portico");
        setsPassword(password, confirmation, save, newPassword -> {
            resetPassword.reset(new ResetPasswordCommand(token(), newPassword));
            UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.of("reset", ""));
        });
        layOut(form, invalid);
    }
}
