package io.portico.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.in.PortalAccountsQuery;
import java.util.List;

/** B6: the firm turned LOGIN off for the current account; the client picks another one, or has none left. */
@Route(value = PortalRoutes.ACCOUNT_GONE, layout = PortalLayout.class)
@AnonymousAllowed
public class AccountGoneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalAccountsQuery accounts;
    final Paragraph remaining = new Paragraph();
    final VerticalLayout choices = new VerticalLayout();

    public AccountGoneView(PortalAccountsQuery accounts) {
        this.accounts = accounts;
        choices.setPadding(false);
        add(new H1(getTranslation("portal.gone.title")), remaining, choices);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        choices.removeAll();
        List<PortalAccount> reached = PortalSession.current().map(session -> accounts.accounts(session.userId())).orElse(List.of());
        remaining.setText(getTranslation(reached.isEmpty() ? "portal.gone.none" : "portal.gone.others"));
        reached.forEach(account -> choices.add(new Button(account.name(), click -> PortalHomeView.open(account.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.gone.title") + " · Portal";
    }
}
