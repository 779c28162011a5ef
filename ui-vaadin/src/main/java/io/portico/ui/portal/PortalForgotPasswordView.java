package io.portico.ui.portal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.portal.port.in.RequestPortalPasswordResetCommand;
import io.portico.application.portal.port.in.RequestPortalPasswordResetUseCase;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.throttle.AttemptKind;
import io.portico.ui.i18n.Fields;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.security.ClientIp;
import java.util.Map;

/**
 * B11: a client asks for a password reset link. Known and unknown addresses get the same answer;
 * requests are throttled per address and per network address, counted alike for both.
 */
@Route(value = PortalRoutes.FORGOT_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class PortalForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final RequestPortalPasswordResetUseCase requestReset;
    private final ThrottleAttemptsUseCase throttle;
    final EmailField email = Fields.email();
    final Button send = new Button(getTranslation("forgot.send"));
    final Paragraph sent = new Paragraph(getTranslation("portal.forgot.sent"));
    final Paragraph throttled = new Paragraph(getTranslation("portal.forgot.throttled"));

    public PortalForgotPasswordView(RequestPortalPasswordResetUseCase requestReset, ThrottleAttemptsUseCase throttle, FirmIdentityQuery firm) {
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
        add(new LanguageSelect(), new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("portal.forgot.intro")),
                email, send, sent, throttled, new RouterLink(getTranslation("forgot.back"), PortalLoginView.class));
        FirmBranding.around(this, firm);
    }

    private void send() {
        RequestPortalPasswordResetCommand command;
        try {
            command = RequestPortalPasswordResetCommand.of(email.getValue(), getLocale());
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("email", email));
            return;
        }
        email.setInvalid(false);
        boolean allowed = throttle.take(new AttemptCommand(AttemptKind.PORTAL_PASSWORD_RESET, email.getValue(), ClientIp.current())).allowed();
        if (allowed) {
            requestReset.requestReset(command);
        }
        sent.setVisible(allowed);
        throttled.setVisible(!allowed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · Portal";
    }
}
