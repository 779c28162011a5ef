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
import io.portico.domain.shared.InvalidInputException;
import io.portico.ui.i18n.Fields;
import io.portico.ui.i18n.InputErrors;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;

/** G1: asks for a reset link; answers the same whether or not the address is known. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final RequestPasswordResetUseCase requestReset;
    final EmailField email = Fields.email();
    final Button send = new Button(getTranslation("forgot.send"));
    final Paragraph sent = new Paragraph(getTranslation("forgot.sent"));

    public ForgotPasswordView(RequestPasswordResetUseCase requestReset) {
        this.requestReset = requestReset;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        email.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> send());
        sent.setVisible(false);
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send, sent,
                new RouterLink(getTranslation("forgot.back"), LoginView.class));
    }

    private void send() {
        try {
            requestReset.requestReset(RequestPasswordResetCommand.of(email.getValue(), getLocale()));
            email.setInvalid(false);
            sent.setVisible(true);
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("email", email));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · Portico";
    }
}
