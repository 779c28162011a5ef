package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.in.CustomFieldHistoryQuery;
import io.portico.application.account.port.in.EditAccountDetailsCommand;
import io.portico.application.account.port.in.EditAccountDetailsUseCase;
import io.portico.application.account.port.in.EditContactDetailsCommand;
import io.portico.application.account.port.in.EditContactDetailsUseCase;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagScope;

/**
 * Builds the profile's tag and custom field sections (A5, A7, F4, F5), so the account view only
 * places them: one for the account, with each field's history, and one per linked contact.
 */
@org.springframework.stereotype.Component
public class AccountDetailsSections {

    private final TagsQuery tags;
    private final CustomFieldsQuery fields;
    private final EditAccountDetailsUseCase editAccount;
    private final EditContactDetailsUseCase editContact;
    private final CustomFieldHistoryQuery history;

    AccountDetailsSections(TagsQuery tags, CustomFieldsQuery fields, EditAccountDetailsUseCase editAccount,
                           EditContactDetailsUseCase editContact, CustomFieldHistoryQuery history) {
        this.tags = tags;
        this.fields = fields;
        this.editAccount = editAccount;
        this.editContact = editContact;
        this.history = history;
    }

    /** F4: <i>Account details</i>: tags and custom fields, each field's history a click away. */
    public Component account(AccountProfile profile, StaffId viewer, Runnable reload) {
        Account account = profile.account();
        var details = new DetailsSection(tags.tags(TagScope.ACCOUNT), account.tags(), fields.fields(CustomFieldScope.ACCOUNT),
                account.customValues(), profile.editable(),
                (chosen, typed) -> editAccount.edit(new EditAccountDetailsCommand(viewer, account.id(), account.version(), chosen, typed)),
                field -> new CustomFieldHistoryDialog(field, history.history(viewer, account.id(), field.id())).open(),
                reload);
        var section = new VerticalLayout(new H2(getTranslationOf("details.title")), details);
        section.setPadding(false);
        section.addClassName("account-details");
        return section;
    }

    /** F5: a linked contact's tags and custom fields, edited through this account. */
    public Component contact(AccountProfile profile, Contact contact, StaffId viewer, Runnable reload) {
        var details = new DetailsSection(tags.tags(TagScope.CONTACT), contact.tags(), fields.fields(CustomFieldScope.CONTACT),
                contact.customValues(), profile.editable(),
                (chosen, typed) -> editContact.edit(new EditContactDetailsCommand(viewer, profile.account().id(), contact.id(),
                        contact.version(), chosen, typed)),
                null, reload);
        details.addClassName("contact-details");
        return details;
    }

    private static String getTranslationOf(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
