package io.portico.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.portal.port.in.VerifySignupUseCase;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.ui.security.LinkToken;

/**
 * B9: the page the verification link opens. Opening it creates nothing (mail scanners open links);
 * the client's click on Confirm does, and then lets them into the portal.
 */
@Route(value = SignupVerifyView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignupVerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portal/signup/verify";
    public static final String TOKEN = "token";

    private final VerifySignupUseCase verify;
    final Paragraph offer = new Paragraph();
    final Button confirm = new Button(getTranslation("signup.verify.confirm"));
    final VerticalLayout confirmation = new VerticalLayout(offer, confirm);
    final VerticalLayout invalid = new VerticalLayout(new Paragraph(getTranslation("signup.verify.invalid")),
            new RouterLink(getTranslation("signup.verify.again"), SignupView.class));
    private SecretToken token;

    public SignupVerifyView(VerifySignupUseCase verify) {
        this.verify = verify;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        confirmation.setPadding(false);
        invalid.setPadding(false);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        add(new H1(getTranslation("signup.verify.title")), confirmation, invalid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = LinkToken.of(event, TOKEN).orElse(null);
        var shown = java.util.Optional.ofNullable(token).flatMap(verify::offer);
        shown.ifPresent(found -> offer.setText(getTranslation("signup.verify.intro", found.email().value(), found.accountName())));
        confirmation.setVisible(shown.isPresent());
        invalid.setVisible(shown.isEmpty());
    }

    private void confirm() {
        PortalUserId user;
        try {
            user = verify.confirm(token);
        } catch (LinkNoLongerValidException e) {
            confirmation.setVisible(false);
            invalid.setVisible(true);
            return;
        }
        // B9: the new client is in the portal at once, as after activating an invitation
        PortalSession.start(user);
        getUI().ifPresent(ui -> ui.navigate(PortalHomeView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.verify.title") + " · Portico";
    }
}
