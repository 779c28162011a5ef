package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.portal.port.LoginActivity;
import io.portico.application.portal.port.in.LoginActivityQuery;
import io.portico.domain.account.ContactLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * F3: one page of sections, each with its latest five items and View all — notes, contacts, and
 * the portal users with when each last logged in, and synced email, which has nothing to show until email sync exists.
 */
class OverviewTab extends VerticalLayout {

    /** F3: the Overview shows the latest five of each. */
    private static final int LATEST = 5;

    private final ShownProfile shown;
    private final NotesQuery notes;
    private final LoginActivityQuery loginActivity;
    private final Runnable viewAllNotes;
    private final Runnable viewAllContacts;

    OverviewTab(ShownProfile shown, NotesQuery notes, LoginActivityQuery loginActivity, Runnable viewAllNotes, Runnable viewAllContacts) {
        this.shown = shown;
        this.notes = notes;
        this.loginActivity = loginActivity;
        this.viewAllNotes = viewAllNotes;
        this.viewAllContacts = viewAllContacts;
        setPadding(false);
        refresh();
    }

    /** Reads the sections again: notes may have been written on the Notes tab since. */
    void refresh() {
        removeAll();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        add(notesSection(when), contactsSection(), loginsSection(when), emailSection());
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

    private VerticalLayout emailSection() {
        var section = section("account.email", null);
        section.add(new Span(getTranslation("account.email.none")));
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
