package io.portico.ui.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.in.PortalAccountsQuery;
import io.portico.domain.account.AccountId;
import java.util.Optional;
import java.util.UUID;

/**
 * The portal's home: the current account's name (B7). /portal/{account id} opens that account when
 * the client reaches it now; any other id reads as "not found", like an id that does not exist.
 */
@Route(value = PortalRoutes.HOME, layout = PortalLayout.class)
@AnonymousAllowed
public class PortalHomeView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    private final PortalAccountsQuery accounts;
    final H1 title = new H1();
    final Paragraph hint = new Paragraph();
    private String requested;

    public PortalHomeView(PortalAccountsQuery accounts) {
        this.accounts = accounts;
        add(title, hint);
    }

    /** Opens the account's home page, making it the current one. */
    static void open(AccountId account) {
        UI.getCurrent().navigate(PortalHomeView.class, account.value().toString());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String account) {
        requested = account;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalSession session = PortalSession.current().orElse(null);
        if (session == null) {
            return; // the layout forwards to the login page
        }
        if (requested != null) {
            Optional<PortalAccount> reached = parse(requested).flatMap(id -> accounts.account(session.userId(), id));
            if (reached.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            session.withAccount(reached.get().id()).store();
        }
        Optional<PortalAccount> current = PortalSession.current().flatMap(PortalSession::currentAccount)
                .flatMap(id -> accounts.account(session.userId(), id));
        title.setText(current.map(PortalAccount::name).orElse(getTranslation("portal.home.title")));
        hint.setText(current.isPresent() ? getTranslation("portal.home.intro") : getTranslation("portal.pick.intro"));
    }

    private static Optional<AccountId> parse(String id) {
        try {
            return Optional.of(new AccountId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Portal";
    }
}
