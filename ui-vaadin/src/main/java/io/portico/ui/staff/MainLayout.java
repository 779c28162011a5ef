package io.portico.ui.staff;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.port.in.FindAccountsQuery;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.contact.port.in.FindContactQuery;
import io.portico.application.contact.port.in.SearchContactsQuery;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.inbox.port.in.InboxQuery;
import io.portico.application.staff.port.in.RememberStaffLanguageUseCase;
import io.portico.application.staff.port.in.StaffDirectoryQuery;
import io.portico.ui.inbox.InboxView;
import io.portico.ui.job.JobsView;
import io.portico.application.mail.port.in.DevMailboxQuery;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.account.AccountView;
import io.portico.ui.account.AccountsView;
import io.portico.ui.account.NewAccountDialog;
import io.portico.ui.account.PendingActivationView;
import io.portico.ui.contact.ContactsView;
import io.portico.ui.account.ClientSearch;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.mail.DevMailboxView;
import io.portico.ui.settings.CustomFieldsView;
import io.portico.ui.settings.FirmSettingsView;
import io.portico.ui.settings.MailboxesView;
import io.portico.ui.settings.NotificationSettingsView;
import io.portico.ui.settings.PortalSettingsView;
import io.portico.ui.settings.RetentionView;
import io.portico.ui.settings.BackupsView;
import io.portico.ui.settings.TagsView;
import io.portico.ui.team.TeamView;
import io.portico.ui.twofactor.SignInSecurityView;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;

/** The staff shell: the firm's name, the sidebar, the language and the signed-in member. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(FirmQuery firm, StaffSession session, DevMailboxQuery devMailbox, FindAccountsQuery accounts,
                      CreateAccountUseCase createAccount, FindContactQuery findContact, StaffDirectoryQuery staffDirectory,
                      InboxQuery inbox, TagsQuery tags, CustomFieldsQuery customFields, RememberStaffLanguageUseCase languages,
                      SearchContactsQuery searchContacts) {
        var title = new Span(firm.firm().map(f -> f.name().value()).orElse("Portico"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        // the user menu: one's own name opens My profile
        var user = new RouterLink(session.current().map(StaffPrincipal::displayName).orElse(""), ProfileView.class);
        user.getElement().setAttribute("title", getTranslation("nav.profile"));
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> session.signOut());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(new DrawerToggle(), title, languageSelect(session, languages), user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        session.current().ifPresent(me -> {
            StaffId viewer = new StaffId(me.id());
            var newAccount = new Button(getTranslation("nav.new-account"), VaadinIcon.PLUS.create(), click ->
                    new NewAccountDialog(createAccount, findContact, searchContacts, staffDirectory, tags, customFields, viewer,
                            id -> getUI().ifPresent(ui -> ui.navigate(AccountView.class, id.value().toString()))).open());
            newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var search = new ClientSearch(accounts, viewer);
            var top = new VerticalLayout(newAccount, search);
            top.setPadding(true);
            addToDrawer(top);
        });
        boolean administers = session.current().map(p -> p.role().administers()).orElse(false);
        int unread = session.current().map(me -> inbox.unread(new StaffId(me.id()))).orElse(0);
        boolean owner = session.current().map(p -> p.role() == StaffRole.OWNER).orElse(false);
        addToDrawer(navigation(administers && devMailbox.available(), administers, owner, unread));
    }

    /** The language picked here is also the member's for the mails Portico writes to them. */
    private static LanguageSelect languageSelect(StaffSession session, RememberStaffLanguageUseCase languages) {
        return new LanguageSelect(language -> session.current().ifPresent(me -> languages.chose(new StaffId(me.id()), language)));
    }

    private SideNav navigation(boolean showDevMailbox, boolean showSettings, boolean owner, int unread) {
        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        var clients = new SideNavItem(getTranslation("nav.clients"));
        clients.setPrefixComponent(VaadinIcon.USERS.create());
        clients.addItem(new SideNavItem(getTranslation("nav.accounts"), AccountsView.class));
        clients.addItem(new SideNavItem(getTranslation("nav.pending-activation"), PendingActivationView.class));
        clients.addItem(new SideNavItem(getTranslation("nav.contacts"), ContactsView.class));
        clients.addItem(new SideNavItem(getTranslation("nav.jobs"), JobsView.class));
        clients.setExpanded(true);
        nav.addItem(clients);
        var inboxItem = new SideNavItem(getTranslation("nav.inbox"), InboxView.class, VaadinIcon.INBOX.create());
        if (unread > 0) {
            var badge = new Span(String.valueOf(unread));
            badge.getElement().getThemeList().add("badge contrast pill small");
            badge.getElement().setAttribute("aria-label", getTranslation("inbox.unread", unread));
            inboxItem.setSuffixComponent(badge);
        }
        nav.addItem(inboxItem);
        if (showSettings) { // G3: owners and admins
            var settings = new SideNavItem(getTranslation("nav.settings"));
            settings.setPrefixComponent(VaadinIcon.COG.create());
            settings.addItem(new SideNavItem(getTranslation("nav.tags"), TagsView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.custom-fields"), CustomFieldsView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.firm-settings"), FirmSettingsView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.portal-settings"), PortalSettingsView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.notification-settings"), NotificationSettingsView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.mailboxes"), MailboxesView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.team"), TeamView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.sign-in-security"), SignInSecurityView.class));
            settings.addItem(new SideNavItem(getTranslation("nav.retention"), RetentionView.class));
            if (owner) { // issue 14, item 5: backups hold all of the firm's data
                settings.addItem(new SideNavItem(getTranslation("nav.backups"), BackupsView.class));
            }
            nav.addItem(settings);
        }
        if (showDevMailbox) {
            nav.addItem(new SideNavItem(getTranslation("nav.dev-mailbox"), DevMailboxView.class, VaadinIcon.ENVELOPES.create()));
        }
        return nav;
    }
}
