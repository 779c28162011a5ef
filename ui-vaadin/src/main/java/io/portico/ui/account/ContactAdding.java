package io.portico.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.portico.application.account.port.in.AddContactUseCase;
import io.portico.application.contact.port.in.FindContactQuery;
import io.portico.application.contact.port.in.SearchContactsQuery;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.tag.TagScope;

/** Issue 12, item 8: the Info tab's <b>Add contact</b> button, with what its dialog needs. */
@org.springframework.stereotype.Component
class ContactAdding {

    private final AddContactUseCase addContact;
    private final SearchContactsQuery searchContacts;
    private final FindContactQuery findContact;
    private final TagsQuery tags;
    private final CustomFieldsQuery customFields;

    ContactAdding(AddContactUseCase addContact, SearchContactsQuery searchContacts, FindContactQuery findContact, TagsQuery tags,
                  CustomFieldsQuery customFields) {
        this.addContact = addContact;
        this.searchContacts = searchContacts;
        this.findContact = findContact;
        this.tags = tags;
        this.customFields = customFields;
    }

    Button button(ShownProfile shown) {
        var button = new Button(UI.getCurrent().getTranslation("account.add-contact"), VaadinIcon.PLUS.create(),
                click -> dialog(shown).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    AddContactDialog dialog(ShownProfile shown) {
        return new AddContactDialog(addContact, new AddContactDialog.Choices(email -> findContact.byEmail(shown.viewer(), email),
                (typed, limit) -> searchContacts.search(shown.viewer(), typed, limit),
                tags.tags(TagScope.CONTACT), customFields.fields(CustomFieldScope.CONTACT)), shown);
    }
}
