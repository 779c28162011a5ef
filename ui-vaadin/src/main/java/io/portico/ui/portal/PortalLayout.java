package io.portico.ui.portal;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmName;
import io.portico.application.email.port.in.PortalEmailQuery;
import io.portico.application.message.port.in.PortalMessagesQuery;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.in.PortalAccountsQuery;
import io.portico.ui.i18n.LanguageSelect;
import java.util.List;

/**
 * The portal shell (B7). Open to anonymous requests as far as Spring Security goes; its own check
 * runs before every portal page (B6): a client must be signed in, and its current account must still
 * be reachable now, otherwise the page says the account is gone.
 */
@AnonymousAllowed
public class PortalLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final PortalAccountsQuery accounts;
    private final PortalMessagesQuery messages;
    private final PortalEmailQuery emails;
    /** Issue 13, item 10: shown only while the client's address has EMAIL SYNC on the current account. */
    final SideNavItem emailItem = new SideNavItem(getTranslation("portal.email"), PortalEmailView.class, VaadinIcon.AT.create());
    final Span accountName = new Span();
    /** Issue 11, item 9: how many messages of the current account the client has not read; hidden at none. */
    final Span unread = new Span();
    final Button switchAtTop = new Button(getTranslation("portal.switch-account"), click -> pickAccount());
    final Button closeBar = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> closeBar());
    final HorizontalLayout accountBar = new HorizontalLayout(accountName, switchAtTop, closeBar);
    final Button switchInSidebar = new Button(getTranslation("portal.switch-account"), VaadinIcon.EXCHANGE.create(),
            click -> pickAccount());
    final Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> logout());
    private final Div page = new Div();
    private final FirmIdentityQuery firm;
    /** The firm's header and footer, shown afresh after each navigation: a rename shows on the next page. */
    final Div brand = new Div();
    final Div footer = new Div();

    public PortalLayout(PortalAccountsQuery accounts, FirmIdentityQuery firm, PortalMessagesQuery messages, PortalEmailQuery emails) {
        this.accounts = accounts;
        this.firm = firm;
        this.messages = messages;
        this.emails = emails;
        showFirm();
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var navbar = new HorizontalLayout(new DrawerToggle(), brand, new LanguageSelect(), logout);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setFlexGrow(1, brand);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(navbar);
        addToDrawer(sidebar());
        styleAccountBar();
        var content = new Div(accountBar, page, footer);
        content.getStyle().set("display", "flex").set("flex-direction", "column").set("min-height", "100%");
        page.getStyle().set("flex-grow", "1");
        setContent(content);
    }

    private void showFirm() {
        FirmIdentity identity = firm.identity().orElseGet(() -> FirmIdentity.named(new FirmName("Portico")));
        brand.removeAll();
        brand.add(FirmBranding.header(identity));
        footer.removeAll();
        footer.add(FirmBranding.footer(identity));
        FirmBranding.accent(identity);
    }

    private VerticalLayout sidebar() {
        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), PortalHomeView.class, VaadinIcon.HOME.create()));
        var messagesItem = new SideNavItem(getTranslation("portal.messages"), PortalMessagesView.class, VaadinIcon.ENVELOPE.create());
        unread.getElement().getThemeList().add("badge pill small primary");
        unread.setVisible(false);
        messagesItem.setSuffixComponent(unread);
        nav.addItem(messagesItem);
        emailItem.setVisible(false);
        nav.addItem(emailItem);
        nav.addItem(new SideNavItem(getTranslation("portal.profile"), PortalProfileView.class, VaadinIcon.USER.create()));
        switchInSidebar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchInSidebar.getStyle().set("margin-top", "auto"); // at the bottom of the sidebar (B7)
        var sidebar = new VerticalLayout(nav, switchInSidebar);
        sidebar.setHeightFull();
        return sidebar;
    }

    private void styleAccountBar() {
        accountName.getStyle().set("font-weight", "600");
        switchAtTop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        closeBar.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        closeBar.setAriaLabel(getTranslation("portal.bar.close"));
        accountBar.setWidthFull();
        accountBar.setAlignItems(FlexComponent.Alignment.CENTER);
        accountBar.setFlexGrow(1, accountName);
        accountBar.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("background", "var(--lumo-primary-color-10pct)");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.removeAll();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var signedIn = PortalSession.current();
        if (signedIn.isEmpty()) {
            event.forwardTo(PortalLoginView.class);
            return;
        }
        if (event.getNavigationTarget() == AccountGoneView.class) {
            return;
        }
        PortalSession session = signedIn.get();
        if (session.currentAccount().isPresent()) {
            if (accounts.account(session.userId(), session.currentAccount().get()).isEmpty()) { // B6: LOGIN turned off since
                session.withAccount(null).store();
                event.forwardTo(AccountGoneView.class);
            }
            return;
        }
        List<PortalAccount> reached = accounts.accounts(session.userId());
        if (reached.isEmpty()) {
            event.forwardTo(AccountGoneView.class);
        } else if (reached.size() == 1) {
            session.withAccount(reached.getFirst().id()).store();
        }
    }

    /** Draws the bar and the sidebar for the account now chosen; a client with several and none chosen picks one (B7). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showFirm();
        PortalSession session = PortalSession.current().orElse(null);
        if (session == null) {
            return;
        }
        List<PortalAccount> reached = accounts.accounts(session.userId());
        var current = session.currentAccount()
                .flatMap(id -> reached.stream().filter(account -> account.id().equals(id)).findFirst());
        accountName.setText(current.map(account -> getTranslation("portal.bar.account", account.name())).orElse(""));
        accountBar.setVisible(current.isPresent() && !session.barClosed());
        switchAtTop.setVisible(reached.size() > 1);
        switchInSidebar.setVisible(reached.size() > 1);
        int count = current.map(account -> messages.unread(session.userId(), account.id())).orElse(0);
        unread.setText(String.valueOf(count));
        unread.setVisible(count > 0);
        emailItem.setVisible(current.filter(account -> emails.shown(session.userId(), account.id())).isPresent());
        boolean gonePage = event.getActiveChain().stream().anyMatch(AccountGoneView.class::isInstance);
        if (current.isEmpty() && reached.size() > 1 && !gonePage) {
            new AccountPicker(reached, false).open();
        }
    }

    private void pickAccount() {
        PortalSession.current().ifPresent(session -> new AccountPicker(accounts.accounts(session.userId()), true).open());
    }

    private void closeBar() {
        PortalSession.current().ifPresent(session -> session.withBarClosed().store());
        accountBar.setVisible(false);
    }

    private void logout() {
        PortalSession.end();
        getUI().ifPresent(ui -> ui.navigate(PortalLoginView.class));
    }

}
