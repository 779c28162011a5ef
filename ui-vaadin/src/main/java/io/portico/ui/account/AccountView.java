package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.in.AccountProfileQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import io.portico.ui.document.DocumentsTabs;
import io.portico.ui.email.EmailTabs;
import io.portico.ui.erasure.ErasureActions;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * F1, F3, F5: an account's profile — its header on every tab; Overview, Info, Notes, Messages (issue 11), Email and
 * Documents (email sync) tabs; {@code ?tab=messages} opens the Messages tab (the link of a client's reply in Inbox+),
 * {@code ?tab=email} the Email tab and {@code ?tab=documents} the Documents tab. An id the
 * viewer may not see reads as "not found" (F2). The view only loads the profile and places the parts;
 * each part is built by a component holding the use cases it needs, and rebuilt on every reload so it
 * shows the account as saved.
 */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final int OVERVIEW = 0;
    private static final int INFO = 1;
    private static final int NOTES = 2;
    private static final int MESSAGES = 3;
    private static final int EMAIL = 4;
    private static final int DOCUMENTS = 5;
    /** The query parameter naming the tab to open, and its values. */
    public static final String TAB = "tab";
    public static final String MESSAGES_TAB = "messages";
    public static final String EMAIL_TAB = "email";
    public static final String DOCUMENTS_TAB = "documents";
    private static final Map<String, Integer> TABS_BY_NAME = Map.of(MESSAGES_TAB, MESSAGES, EMAIL_TAB, EMAIL, DOCUMENTS_TAB, DOCUMENTS);

    private final AccountProfileQuery profiles;
    private final StaffSession session;
    private final ProfileHeaders headers;
    private final OverviewTabs overviews;
    private final InfoTabs infos;
    private final NotesTabs notes;
    private final MessagesTabs messages;
    private final EmailTabs emails;
    private final DocumentsTabs documents;
    private final ErasureActions erasure;
    private StaffId viewer;
    private AccountId id;
    private AccountProfile profile;
    Tabs tabs;
    private int selectedTab;
    /** Issue 13, item 6: the thread the Email tab opens on ({@code ?tab=email&thread=…}, the Overview's links). */
    private Optional<UUID> emailThread = Optional.empty();

    public AccountView(AccountProfileQuery profiles, StaffSession session, ProfileHeaders headers, OverviewTabs overviews, InfoTabs infos,
                       NotesTabs notes, MessagesTabs messages, EmailTabs emails, DocumentsTabs documents,
                       ErasureActions erasure) {
        this.profiles = profiles;
        this.session = session;
        this.headers = headers;
        this.overviews = overviews;
        this.infos = infos;
        this.notes = notes;
        this.messages = messages;
        this.emails = emails;
        this.documents = documents;
        this.erasure = erasure;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        viewer = new StaffId(session.current().orElseThrow().id()); // per visit: the view may be reused
        try {
            id = new AccountId(UUID.fromString(parameter));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        var query = event.getLocation().getQueryParameters();
        selectedTab = query.getSingleParameter(TAB).map(TABS_BY_NAME::get).orElse(OVERVIEW);
        emailThread = query.getSingleParameter(EmailTabs.THREAD).flatMap(AccountView::uuid);
        if (!reload()) {
            throw new NotFoundException();
        }
    }

    /** Shows the account as saved now, on the tab that was open; false when the viewer may not see it. */
    private boolean reload() {
        profile = profiles.profile(viewer, id).orElse(null);
        if (profile == null) {
            return false;
        }
        var shown = new ShownProfile(profile, viewer, this::reload);
        removeAll();
        var overview = overviews.tab(shown, () -> tabs.setSelectedIndex(NOTES), () -> tabs.setSelectedIndex(INFO),
                () -> tabs.setSelectedIndex(MESSAGES));
        var messagesTab = messages.tab(shown);
        List<Component> contents = List.of(overview, infos.tab(shown), notes.tab(shown), messagesTab, emails.tab(id, viewer, emailThread),
                documents.tab(id, viewer));
        var content = new VerticalLayout(contents.get(selectedTab));
        content.setPadding(false);
        tabs = new Tabs(new Tab(getTranslation("account.tab.overview")), new Tab(getTranslation("account.tab.info")),
                new Tab(getTranslation("account.tab.notes")), new Tab(getTranslation("account.tab.messages")),
                new Tab(getTranslation("account.tab.email")), new Tab(getTranslation("account.tab.documents")));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(change -> {
            selectedTab = tabs.getSelectedIndex();
            if (selectedTab == OVERVIEW) {
                overview.refresh(); // notes and messages may have been written on their tabs since
            } else if (selectedTab == MESSAGES) {
                messagesTab.refresh(); // a client may have replied since
            }
            content.removeAll();
            content.add(contents.get(selectedTab));
        });
        add(headers.header(shown));
        // issue 14, item 2: an archived account offers its erasure to the owner and admins
        erasure.account(viewer, id, profile.account().name().value()).ifPresent(this::add);
        add(tabs, content);
        return true;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? getTranslation("field.account") : profile.account().name().value()) + " · Portico";
    }
}
