package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.port.RelatedAccount;
import io.portico.application.account.port.in.RelatedAccountsQuery;
import io.portico.domain.account.access.HistoryEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Builds the profile's Info tab (F4, F5, B8): the team, <i>Account details</i>, related accounts, the
 * contacts with their toggles, unlinked emails and the access history. Each part comes from the
 * component that holds its own use cases; this one only places them.
 */
@org.springframework.stereotype.Component
public class InfoTabs {

    private final TeamSections team;
    private final AccountDetailsSections details;
    private final RelatedAccountsQuery relatedAccounts;
    private final ContactSections contacts;
    private final UnlinkedEmailsSections unlinkedEmails;

    InfoTabs(TeamSections team, AccountDetailsSections details, RelatedAccountsQuery relatedAccounts, ContactSections contacts,
             UnlinkedEmailsSections unlinkedEmails) {
        this.team = team;
        this.details = details;
        this.relatedAccounts = relatedAccounts;
        this.contacts = contacts;
        this.unlinkedEmails = unlinkedEmails;
    }

    Component tab(ShownProfile shown) {
        var tab = new VerticalLayout(team.section(shown), details.account(shown.profile(), shown.viewer(), shown.reload()),
                new H2(translate("account.related")), related(shown), new H2(translate("field.contacts")));
        tab.setPadding(false);
        contacts.sections(shown).forEach(tab::add);
        tab.add(unlinkedEmails.section(shown.viewer(), shown.id(), shown.editable(), shown.reload()));
        tab.add(new H2(translate("account.access-history")), history(shown));
        return tab;
    }

    /** F4: the accounts sharing a contact with this one that the viewer may see, each opening its profile. */
    private VerticalLayout related(ShownProfile shown) {
        List<RelatedAccount> related = relatedAccounts.related(shown.viewer(), shown.id());
        var section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        if (related.isEmpty()) {
            section.add(new Span(translate("account.related.none")));
        }
        related.forEach(other -> section.add(new RouterLink(other.name(), AccountView.class, other.id().value().toString())));
        return section;
    }

    /**
     * The account's access history, put into words in the viewer's language: when, who (staff or the
     * client), what, old → new. Values that are a switch's position are translated; addresses are not.
     */
    private static Grid<HistoryEntry> history(ShownProfile shown) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(UI.getCurrent().getLocale())
                .withZone(ZoneId.systemDefault());
        String client = translate("account.history.client"); // once, not per row
        var grid = new Grid<HistoryEntry>();
        grid.addColumn(entry -> when.format(entry.at())).setHeader(translate("account.history.when"));
        String bulkEdit = translate("account.history.bulk-edit");
        grid.addColumn(entry -> entry.by().staff().map(shown.profile().changedBy()::get).orElse(client)
                        + entry.by().job().map(job -> " " + bulkEdit).orElse(""))
                .setHeader(translate("account.history.who"));
        grid.addColumn(entry -> UI.getCurrent().getTranslation("history." + entry.type().name(), entry.subject()))
                .setHeader(translate("account.history.what"));
        grid.addColumn(InfoTabs::change).setHeader(translate("account.history.change"));
        grid.setItems(shown.profile().accessHistory());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String change(HistoryEntry entry) {
        if (entry.oldValue().isEmpty() && entry.newValue().isEmpty()) {
            return "";
        }
        return value(entry.oldValue()) + " → " + value(entry.newValue());
    }

    /** A switch's position in words; anything else (addresses) as it is. */
    private static String value(String value) {
        return value.equals(HistoryEntry.ON) || value.equals(HistoryEntry.OFF) ? translate("history.value." + value) : value;
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
