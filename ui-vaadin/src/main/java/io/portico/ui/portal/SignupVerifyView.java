package io.portico.ui.portal;

import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.session.port.in.SessionValidityQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.portal.port.in.SignupOffer;
import io.portico.application.portal.port.in.VerifySignupUseCase;
import io.portico.domain.shared.NotAllowedException;
import io.portico.ui.link.LinkGone;
import io.portico.ui.link.MailedLinkPage;

/**
 * B9: the page the verification link opens. Only the address's owner gets here, so this is where the
 * password is chosen (issue 10, item 12); saving it creates the account and lets the client in. While
 * the firm keeps sign-up closed the page says so instead (item 20).
 */
@Route(value = SignupVerifyView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignupVerifyView extends MailedLinkPage<SignupOffer> {

    public static final String ROUTE = "portal/signup/verify";
    public static final String TOKEN = "token";

    private final VerifySignupUseCase verify;
    private final SessionValidityQuery epochs;
    final Paragraph offer = new Paragraph();
    final PasswordField password = new PasswordField(getTranslation("field.password"));
    final PasswordField passwordConfirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button confirm = new Button(getTranslation("signup.verify.confirm"));
    final VerticalLayout confirmation = new VerticalLayout(new H1(getTranslation("signup.verify.title")), offer, password,
            passwordConfirmation, confirm);
    final LinkGone invalid = new LinkGone("signup.verify.invalid",
            new RouterLink(getTranslation("signup.verify.again"), SignupView.class));
    final Paragraph closed = new Paragraph(getTranslation("signup.closed"));

    public SignupVerifyView(VerifySignupUseCase verify, SessionValidityQuery epochs, FirmIdentityQuery firm) {
        super(TOKEN, verify::offer, "signup.verify.title", " · Portico");
        this.verify = verify;
        this.epochs = epochs;
        setsPassword(password, passwordConfirmation, confirm, this::confirm);
        layOut(confirmation, invalid);
        closed.setVisible(false);
        add(closed);
        FirmBranding.around(this, firm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (!verify.open()) {
            showClosed();
        }
    }

    @Override
    protected void show(SignupOffer found) {
        offer.setText(getTranslation("signup.verify.choose", found.email().value(), found.accountName()));
    }

    private void confirm(String chosen) {
        try {
            PortalSession.start(verify.confirm(token(), chosen), epochs);
        } catch (NotAllowedException e) { // closed while the page was open
            showClosed();
            return;
        }
        // B9: the new client is in the portal at once, as after activating an invitation
        getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
    }

    private void showClosed() {
        confirmation.setVisible(false);
        invalid.setVisible(false);
        closed.setVisible(true);
    }
}
