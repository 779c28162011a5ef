package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.account.port.in.EditLinkUseCase;
import io.portico.application.account.port.in.UnlinkContactUseCase;
import io.portico.application.contact.port.in.EditContactUseCase;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.ui.contact.ContactDialog;
import java.util.List;

/**
 * F5: the Info tab's <i>Contacts</i>, one section per linked contact: its name (a click edits the
 * contact), its description for this account with <b>Unlink</b>, the signer settings, every address
 * with its toggles, and the contact's tags and custom fields.
 */
@org.springframework.stereotype.Component
public class ContactSections {

    private final EditContactUseCase editContact;
    private final UnlinkContactUseCase unlink;
    private final EditLinkUseCase editLink;
    private final AccessRows accessRows;
    private final AccountDetailsSections details;
    private final ContactAdding adding;

    ContactSections(EditContactUseCase editContact, UnlinkContactUseCase unlink, EditLinkUseCase editLink, AccessRows accessRows,
                    AccountDetailsSections details, ContactAdding adding) {
        this.editContact = editContact;
        this.unlink = unlink;
        this.editLink = editLink;
        this.accessRows = accessRows;
        this.details = details;
        this.adding = adding;
    }

    List<Component> sections(ShownProfile shown) {
        AccessRows.ForAccount rows = accessRows.forAccount(shown);
        List<Component> sections = new java.util.ArrayList<>();
        if (shown.editable()) {
            sections.add(adding.button(shown));
        }
        shown.profile().contacts().forEach(contact -> sections.add(section(shown, contact, rows)));
        return sections;
    }

    private Component section(ShownProfile shown, Contact contact, AccessRows.ForAccount rows) {
        ContactLink link = shown.account().links().stream().filter(l -> l.contactId().equals(contact.id())).findFirst().orElseThrow();
        var section = new VerticalLayout(title(shown, contact, link), new SignerRow(shown, contact, link, editLink));
        section.setPadding(false);
        if (link.access().isEmpty()) {
            section.add(new Span(translate("account.no-email")));
        }
        link.access().forEach(access -> section.add(rows.row(contact, access)));
        section.add(details.contact(shown.profile(), contact, shown.viewer(), shown.reload()));
        return section;
    }

    /** The last linked contact cannot be unlinked: an account always has someone to work for. */
    private HorizontalLayout title(ShownProfile shown, Contact contact, ContactLink link) {
        var name = new H3(contact.name().full());
        if (shown.editable()) {
            name.getStyle().set("cursor", "pointer").set("color", "var(--lumo-primary-text-color)");
            name.addClickListener(click -> new ContactDialog(contact, editContact, shown.viewer(), shown.reload()).open());
        }
        var title = new HorizontalLayout(name, new Span(link.description()));
        title.setAlignItems(Alignment.BASELINE);
        if (shown.editable() && shown.account().links().size() > 1) {
            var unlinkButton = new Button(translate("account.unlink"), click -> shown.change(() ->
                    unlink.unlink(shown.viewer(), shown.id(), shown.account().version(), contact.id())));
            unlinkButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            title.add(unlinkButton);
        }
        return title;
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
