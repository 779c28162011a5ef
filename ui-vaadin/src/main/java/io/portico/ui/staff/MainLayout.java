package io.portico.ui.staff;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.port.in.DevMailboxQuery;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.mail.DevMailboxView;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;

/** The staff shell: the firm's name, the sidebar, the language and the signed-in member. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(FirmQuery firm, StaffSession session, DevMailboxQuery devMailbox) {
        var title = new Span(firm.firm().map(f -> f.name().value()).orElse("Portico"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        var user = new Span(session.current().map(StaffPrincipal::displayName).orElse(""));
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> session.signOut());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(new DrawerToggle(), title, new LanguageSelect(), user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        addToDrawer(navigation(session.current().map(p -> p.role().administers()).orElse(false) && devMailbox.available()));
    }

    private SideNav navigation(boolean showDevMailbox) {
        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (showDevMailbox) {
            nav.addItem(new SideNavItem(getTranslation("nav.dev-mailbox"), DevMailboxView.class, VaadinIcon.ENVELOPES.create()));
        }
        return nav;
    }
}
