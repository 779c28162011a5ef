package io.portico.ui.portal;

import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.session.port.in.SessionValidityQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.portal.port.in.ActivationOffer;
import io.portico.application.portal.port.in.ActivationUseCase;
import io.portico.application.portal.port.in.AskForNewLinkUseCase;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.link.LinkGone;
import io.portico.ui.link.MailedLinkPage;

/**
 * B2: the invitation link's page. Setting the password uses the link up and signs the client in. A
 * link that no longer works lets the client ask the firm for a new one.
 */
@Route(value = PortalRoutes.ACTIVATE, autoLayout = false)
@AnonymousAllowed
public class PortalActivationView extends MailedLinkPage<ActivationOffer> {

    private final AskForNewLinkUseCase askForNewLink;
    final Paragraph offer = new Paragraph();
    final PasswordField password = new PasswordField(getTranslation("field.password"));
    final PasswordStrengthMeter strength = new PasswordStrengthMeter();
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button activate = new Button(getTranslation("portal.activate.submit"));
    final VerticalLayout form = new VerticalLayout(new H1(getTranslation("portal.activate.title")), offer, password, strength,
            confirmation, activate);
    final Button ask = new Button(getTranslation("portal.link-gone.ask"));
    final Paragraph asked = new Paragraph(getTranslation("portal.link-gone.asked"));
    final LinkGone gone = new LinkGone("portal.link-gone.intro", ask, asked,
            new RouterLink(getTranslation("portal.link-gone.sign-in"), PortalLoginView.class));

    public PortalActivationView(ActivationUseCase activation, AskForNewLinkUseCase askForNewLink, SessionValidityQuery epochs,
                                FirmIdentityQuery firm) {
        super(PortalRoutes.TOKEN, activation::offer, "portal.activate.title", " · Portal");
        this.askForNewLink = askForNewLink;
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.addValueChangeListener(change -> strength.show(change.getValue()));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> ask());
        asked.setVisible(false);
        setsPassword(password, confirmation, activate, newPassword -> {
            PortalSession.start(activation.activate(token(), newPassword), epochs);
            getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
        });
        add(new LanguageSelect());
        layOut(form, gone);
        FirmBranding.around(this, firm);
    }

    @Override
    protected void show(ActivationOffer found) {
        offer.setText(getTranslation("portal.activate.intro", found.email().value(), found.accountName()));
    }

    /** The same answer whatever the link was: the page tells nothing about tokens. */
    private void ask() {
        if (token() != null) {
            askForNewLink.ask(token());
        }
        ask.setVisible(false);
        asked.setVisible(true);
    }
}
