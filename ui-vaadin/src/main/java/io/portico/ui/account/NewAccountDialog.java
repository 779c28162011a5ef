package io.portico.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.contact.port.in.FindContactQuery;
import io.portico.application.contact.port.in.SearchContactsQuery;
import io.portico.application.staff.port.in.StaffDirectoryQuery;
import io.portico.application.staff.port.in.StaffSummary;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagScope;
import io.portico.ui.form.AddressFields;
import io.portico.ui.i18n.InputErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A1: + New → Account, in two steps: Account info, then Contacts; Create finishes. */
public class NewAccountDialog extends Dialog {

    final RadioButtonGroup<AccountType> type = new RadioButtonGroup<>(getTranslation("accounts.type"));
    final TextField name = new TextField(getTranslation("field.accountName"));
    final MultiSelectComboBox<StaffSummary> team = new MultiSelectComboBox<>(getTranslation("accounts.team"));
    final TextField companyName = new TextField(getTranslation("field.companyName"));
    final AddressFields address = new AddressFields();
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>(getTranslation("field.tags"));
    final Button next = new Button(getTranslation("new-account.next"));
    final Button back = new Button(getTranslation("new-account.back"));
    final Button addContact = new Button(getTranslation("new-account.add-contact"));
    final Button create = new Button(getTranslation("new-account.create"));
    final Paragraph error = new Paragraph();
    final List<ContactEntryEditor> contacts = new ArrayList<>();
    final List<CustomFieldInput> fieldInputs = new ArrayList<>();
    /** B1: the Send / Skip question, while it is asked. */
    InviteDialog invite;
    private final FormLayout info = new FormLayout(type, name, team, companyName);
    private final VerticalLayout contactList = new VerticalLayout();
    private final VerticalLayout contactStep = new VerticalLayout(contactList, addContact);
    private final CreateAccountUseCase createAccount;
    private final FindContactQuery findContact;
    private final SearchContactsQuery searchContacts;
    private final List<Tag> contactTags;
    private final List<CustomField> contactFields;
    private final StaffId creator;
    private final Consumer<AccountId> created;

    public NewAccountDialog(CreateAccountUseCase createAccount, FindContactQuery findContact, SearchContactsQuery searchContacts,
                            StaffDirectoryQuery staffDirectory, TagsQuery tagsQuery, CustomFieldsQuery customFields, StaffId creator,
                            Consumer<AccountId> created) {
        this.createAccount = createAccount;
        this.findContact = findContact;
        this.searchContacts = searchContacts;
        this.contactTags = tagsQuery.tags(TagScope.CONTACT);
        this.contactFields = customFields.fields(CustomFieldScope.CONTACT);
        this.creator = creator;
        this.created = created;
        setHeaderTitle(getTranslation("new-account.title"));
        setWidth("52em");
        type.setItems(AccountType.values());
        type.setItemLabelGenerator(t -> getTranslation("account.type." + t.name()));
        type.setValue(AccountType.INDIVIDUAL);
        type.addValueChangeListener(e -> showCompanyFields());
        name.setHelperText(getTranslation("new-account.name-help"));
        var staff = staffDirectory.activeStaff();
        team.setItems(staff);
        team.setItemLabelGenerator(StaffSummary::name);
        staff.stream().filter(member -> member.id().equals(creator)).findFirst().ifPresent(team::select);
        info.setColspan(team, 2);
        info.setColspan(type, 2);
        info.setColspan(name, 2);
        info.setColspan(companyName, 2);
        address.addTo(info);
        info.add(tags);
        customFields.fields(CustomFieldScope.ACCOUNT).forEach(field -> {
            var input = new CustomFieldInput(field, "");
            fieldInputs.add(input);
            info.add(input.component());
        });
        info.setColspan(tags, 2);
        tags.setItems(tagsQuery.tags(TagScope.ACCOUNT)); // A5: account tags here, contact tags per new contact
        tags.setItemLabelGenerator(Tag::name);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        contactList.setPadding(false);
        contactStep.setPadding(false);
        addContact.addClickListener(click -> addContactEditor());
        addContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> step(2));
        back.addClickListener(click -> step(1));
        create.addClickListener(click -> create());
        add(info, contactStep, error);
        getFooter().add(new Button(getTranslation("new-account.cancel"), click -> close()), back, next, create);
        addContactEditor();
        showCompanyFields();
        step(1);
    }

    private void showCompanyFields() {
        boolean company = type.getValue() == AccountType.COMPANY;
        companyName.setVisible(company);
        address.setVisible(company);
    }

    private void step(int number) {
        info.setVisible(number == 1);
        next.setVisible(number == 1);
        contactStep.setVisible(number == 2);
        back.setVisible(number == 2);
        create.setVisible(number == 2);
    }

    private void addContactEditor() {
        var editor = new ContactEntryEditor[1];
        editor[0] = new ContactEntryEditor(email -> findContact.byEmail(creator, email),
                (typed, limit) -> searchContacts.search(creator, typed, limit), contactTags, contactFields, () -> {
            contacts.remove(editor[0]);
            contactList.remove(editor[0]);
        });
        contacts.add(editor[0]);
        contactList.add(editor[0]);
    }

    private void create() {
        error.setText("");
        ContactEntryEditor current = null;
        try {
            List<ContactEntry> entries = new ArrayList<>();
            for (ContactEntryEditor editor : contacts) {
                current = editor;
                entries.add(editor.toEntry());
            }
            current = null;
            CreateAccountCommand command = command(entries);
            List<String> withLogin = entries.stream().flatMap(entry -> entry.access().stream()).filter(EmailAccess::login)
                    .map(access -> access.email().value()).toList();
            if (withLogin.isEmpty()) {
                create(command);
            } else {
                askToInvite(command, withLogin);
            }
        } catch (InvalidInputException e) {
            show(e, current);
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
    }

    /** B1 on creation: one question for the whole account; cancelling it creates nothing. */
    private void askToInvite(CreateAccountCommand command, List<String> withLogin) {
        invite = new InviteDialog(getTranslation("invite.all-title"),
                request -> create(command.withInvitation(Optional.of(request))),
                () -> create(command), () -> { });
        invite.addComponentAsFirst(new Paragraph(getTranslation("invite.all-addresses", String.join(", ", withLogin))));
        invite.open();
    }

    private void create(CreateAccountCommand command) {
        try {
            AccountId id = createAccount.create(command);
            close();
            created.accept(id);
        } catch (InvalidInputException e) {
            show(e, null);
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
    }

    private CreateAccountCommand command(List<ContactEntry> entries) {
        boolean company = type.getValue() == AccountType.COMPANY;
        Optional<AccountName> typedName = Optional.of(name.getValue()).filter(v -> !v.isBlank()).map(AccountName::new);
        Optional<CompanyName> company_ = company && !companyName.getValue().isBlank()
                ? Optional.of(new CompanyName(companyName.getValue())) : Optional.empty();
        PostalAddress companyAddress = company ? address.value() : PostalAddress.NONE;
        return new CreateAccountCommand(creator, type.getValue(), typedName, company_, companyAddress,
                team.getValue().stream().map(StaffSummary::id).collect(java.util.stream.Collectors.toSet()), entries,
                tags.getValue().stream().map(Tag::id).collect(java.util.stream.Collectors.toSet()),
                fieldInputs.stream().collect(java.util.stream.Collectors.toMap(input -> input.field().id(), CustomFieldInput::raw)));
    }

    /** The refused field is marked where it is, switching to its step; anything else is said below. */
    private void show(InvalidInputException e, ContactEntryEditor editor) {
        Map<String, HasValidation> infoFields = address.with(Map.of("accountName", name, "companyName", companyName));
        String text;
        if (infoFields.containsKey(e.field())) {
            step(1);
            text = InputErrors.show(e, infoFields);
        } else if (editor != null && editor.shows(e)) {
            text = editor.show(e);
        } else {
            text = InputErrors.message(e);
        }
        error.setText(text);
    }
}
