package io.portico.ui.portal;

import io.portico.application.session.port.in.SessionValidityQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.portal.port.in.SignupOffer;
import io.portico.application.portal.port.in.VerifySignupUseCase;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.ui.link.LinkGone;
import io.portico.ui.link.MailedLinkPage;

/** B9: the page the verification link opens. The client's click on Confirm creates the account and lets them in. */
@Route(value = SignupVerifyView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignupVerifyView extends MailedLinkPage<SignupOffer> {

    public static final String ROUTE = "portal/signup/verify";
    public static final String TOKEN = "token";

    private final VerifySignupUseCase verify;
    private final SessionValidityQuery epochs;
    final Paragraph offer = new Paragraph();
    final Button confirm = new Button(getTranslation("signup.verify.confirm"));
    final VerticalLayout confirmation = new VerticalLayout(new H1(getTranslation("signup.verify.title")), offer, confirm);
    final LinkGone invalid = new LinkGone("signup.verify.invalid",
            new RouterLink(getTranslation("signup.verify.again"), SignupView.class));

    public SignupVerifyView(VerifySignupUseCase verify, SessionValidityQuery epochs) {
        super(TOKEN, verify::offer, "signup.verify.title", " · Portico");
        this.verify = verify;
        this.epochs = epochs;
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        layOut(confirmation, invalid);
    }

    @Override
    protected void show(SignupOffer found) {
        offer.setText(getTranslation("signup.verify.intro", found.email().value(), found.accountName()));
    }

    private void confirm() {
        PortalUserId user;
        try {
            user = verify.confirm(token());
        } catch (LinkNoLongerValidException e) {
            linkGone();
            return;
        }
        // B9: the new client is in the portal at once, as after activating an invitation
        PortalSession.start(user, epochs);
        getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
    }
}
