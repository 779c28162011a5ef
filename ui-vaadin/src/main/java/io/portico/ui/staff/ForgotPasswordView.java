package io.portico.ui.staff;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.staff.port.in.RequestPasswordResetCommand;
import io.portico.application.staff.port.in.RequestPasswordResetUseCase;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.throttle.AttemptKind;
import io.portico.ui.i18n.Fields;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.ClientIp;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;

/** G1: asks for a reset link; answers the same whether or not the address is known; throttled per address and IP. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final RequestPasswordResetUseCase requestReset;
    private final ThrottleAttemptsUseCase throttle;
    final EmailField email = Fields.email();
    final Button send = new Button(getTranslation("forgot.send"));
    final Paragraph sent = new Paragraph(getTranslation("forgot.sent"));
    final Paragraph throttled = new Paragraph(getTranslation("forgot.throttled"));

    public ForgotPasswordView(RequestPasswordResetUseCase requestReset, ThrottleAttemptsUseCase throttle) {
        this.requestReset = requestReset;
        this.throttle = throttle;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        email.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> send());
        sent.setVisible(false);
        throttled.setVisible(false);
        throttled.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send, sent, throttled,
                new RouterLink(getTranslation("forgot.back"), LoginView.class));
    }

    private void send() {
        RequestPasswordResetCommand command;
        try {
            command = RequestPasswordResetCommand.of(email.getValue(), getLocale());
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("email", email));
            return;
        }
        email.setInvalid(false);
        // counted for known and unknown addresses alike, so the answer tells nothing (issue 10 item 11)
        boolean allowed = throttle.take(new AttemptCommand(AttemptKind.STAFF_PASSWORD_RESET, email.getValue(), ClientIp.current())).allowed();
        if (allowed) {
            requestReset.requestReset(command);
        }
        sent.setVisible(allowed);
        throttled.setVisible(!allowed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · Portico";
    }
}
