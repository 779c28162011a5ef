package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.message.port.in.MessageView;
import io.portico.application.message.port.in.ThreadView;
import io.portico.application.portal.port.LoginActivity;
import io.portico.application.portal.port.in.LoginActivityQuery;
import io.portico.domain.account.ContactLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import io.portico.ui.email.EmailTabs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * F3: one page of sections, each with its latest five items and View all — notes, contacts, and
 * the portal users with when each last logged in, the message threads (issue 11, item 8), and the synced email
 * threads (issue 13, item 6).
 */
class OverviewTab extends VerticalLayout {

    /** F3: the Overview shows the latest five of each. */
    private static final int LATEST = 5;

    private final ShownProfile shown;
    private final NotesQuery notes;
    private final LoginActivityQuery loginActivity;
    private final AccountMessagesQuery messages;
    private final AccountEmailQuery emails;
    private final Runnable viewAllNotes;
    private final Runnable viewAllContacts;
    private final Runnable viewAllMessages;

    /** What the sections read. */
    record Queries(NotesQuery notes, LoginActivityQuery loginActivity, AccountMessagesQuery messages, AccountEmailQuery emails) {
    }

    OverviewTab(ShownProfile shown, Queries queries, Runnable viewAllNotes, Runnable viewAllContacts, Runnable viewAllMessages) {
        this.shown = shown;
        this.notes = queries.notes();
        this.loginActivity = queries.loginActivity();
        this.messages = queries.messages();
        this.emails = queries.emails();
        this.viewAllNotes = viewAllNotes;
        this.viewAllContacts = viewAllContacts;
        this.viewAllMessages = viewAllMessages;
        setPadding(false);
        refresh();
    }

    /** Reads the sections again: notes and messages may have been written on their tabs since. */
    void refresh() {
        removeAll();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        add(notesSection(when), messagesSection(when), contactsSection(), loginsSection(when), emailSection(when));
    }

    /** Item 8: the latest threads, each with when and by whom it was last written to. */
    private VerticalLayout messagesSection(DateTimeFormatter when) {
        List<ThreadView> latest = messages.threads(shown.viewer(), shown.id(), LATEST);
        var section = section("messages.title", viewAllMessages);
        section.addClassName("messages");
        if (latest.isEmpty()) {
            section.add(new Span(getTranslation("messages.none")));
        }
        latest.forEach(thread -> section.add(new Span(getTranslation("messages.latest", when.format(thread.lastMessageAt()), thread.subject())
                + thread.messages().stream().reduce((first, second) -> second).map(MessageView::sender).map(sender -> " · " + sender)
                        .orElse(""))));
        return section;
    }

    private VerticalLayout notesSection(DateTimeFormatter when) {
        var latestNotes = notes.notes(shown.viewer(), shown.id(), LATEST);
        var section = section("notes.title", viewAllNotes);
        if (latestNotes.isEmpty()) {
            section.add(new Span(getTranslation("notes.none")));
        }
        latestNotes.forEach(note -> section.add(new Span(when.format(note.createdAt()) + " · " + note.author() + ": " + note.text())));
        return section;
    }

    private VerticalLayout contactsSection() {
        var section = section("field.contacts", viewAllContacts);
        shown.profile().contacts().stream().limit(LATEST).forEach(contact -> {
            String description = shown.account().links().stream().filter(l -> l.contactId().equals(contact.id()))
                    .map(ContactLink::description).filter(d -> !d.isBlank()).findFirst().map(d -> " · " + d).orElse("");
            section.add(new Span(contact.name().full() + description));
        });
        return section;
    }

    private VerticalLayout loginsSection(DateTimeFormatter when) {
        var section = section("account.login-activity", null);
        List<LoginActivity> portalUsers = loginActivity.activity(shown.viewer(), shown.id());
        if (portalUsers.isEmpty()) {
            section.add(new Span(getTranslation("account.login-activity.none")));
        }
        portalUsers.stream().limit(LATEST).forEach(user -> section.add(new Span(user.email().value() + " · " + whose(user) + " · "
                + user.lastLoginAt().map(at -> getTranslation("login-activity.last", when.format(at)))
                        .orElse(getTranslation("login-activity.never")))));
        return section;
    }

    /** B8: an address kept under Unlinked emails has no contact; say so instead of a blank. */
    private String whose(LoginActivity user) {
        return user.isUnlinked() ? getTranslation("login-activity.unlinked") : user.contactName();
    }

    /** Issue 13, item 6: the latest synced threads, each opening the Email tab on it. */
    private VerticalLayout emailSection(DateTimeFormatter when) {
        var section = section("account.email", null);
        section.addClassName("email");
        List<EmailThreadSummary> latest = emails.threads(shown.viewer(), shown.id(), Optional.empty(), LATEST).threads();
        if (latest.isEmpty()) {
            section.add(new Span(getTranslation("account.email.none")));
        }
        latest.forEach(thread -> {
            var link = new RouterLink(getTranslation("emailtab.latest", when.format(thread.lastMessageAt()), thread.subject(), thread.messageCount()),
                    AccountView.class, shown.id().value().toString());
            link.setQueryParameters(QueryParameters.simple(Map.of(AccountView.TAB, AccountView.EMAIL_TAB, EmailTabs.THREAD, thread.id().toString())));
            section.add(link);
        });
        return section;
    }

    /** A section of the Overview: its title, with View all opening the tab that shows everything (if any). */
    private VerticalLayout section(String titleKey, Runnable viewAll) {
        var title = new HorizontalLayout(new H3(getTranslation(titleKey)));
        title.setAlignItems(Alignment.BASELINE);
        if (viewAll != null) {
            var button = new Button(getTranslation("account.view-all"), click -> viewAll.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            title.add(button);
        }
        var section = new VerticalLayout(title);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }
}
