package io.portico.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.ui.form.AddressFields;
import io.portico.ui.form.ContactLanguageSelect;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.contact.port.in.ContactSummary;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.Tag;
import io.portico.ui.i18n.Fields;
import io.portico.ui.i18n.InputErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A8: one contact on the Contacts step — a new person, or an existing contact picked by part of its name or an
 * address (issue 12, item 8) or offered when an address typed is already known, linked instead. Every address gets LOGIN, NOTIFY and EMAIL SYNC;
 * without an address there is nothing to give LOGIN to (A9). Either way the link gets its
 * description and signer settings (F5); only a new person gets the contact custom fields (A7).
 */
class ContactEntryEditor extends VerticalLayout {

    final TextField firstName = new TextField(getTranslation("field.firstName"));
    final TextField lastName = new TextField(getTranslation("field.lastName"));
    final com.vaadin.flow.component.textfield.EmailField email = Fields.email();
    final TextField moreEmails = new TextField(getTranslation("contact.more-emails"));
    final TextField phone = new TextField(getTranslation("contact.phone"));
    final AddressFields postalAddress = new AddressFields();
    final ContactLanguageSelect language = new ContactLanguageSelect();
    final TextField description = new TextField(getTranslation("field.description"));
    final IntegerField signerPriority = new IntegerField(getTranslation("field.signerPriority"));
    final Checkbox signerAuthority = new Checkbox(getTranslation("field.signerAuthority"), true);
    final List<CustomFieldInput> fieldInputs = new ArrayList<>();
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>(getTranslation("field.tags"));
    private final VerticalLayout toggles = new VerticalLayout();
    private final HorizontalLayout existingOffer = new HorizontalLayout();
    private final Map<String, Checkbox[]> toggleBoxes = new LinkedHashMap<>();
    private final Function<String, Optional<ContactSummary>> lookUp;
    private final FormLayout personFields = new FormLayout(firstName, lastName, email, moreEmails, phone, tags);
    /** Issue 12, item 8: an existing contact found by part of its name or an address, linked instead of a new one. */
    final ContactPicker picker;
    final Button removeButton;
    private ContactSummary linked;

    /**
     * {@code contactTags} and {@code contactFields}: the tags (A5) and custom fields (A7) a new contact
     * can be given; a linked one keeps its own. {@code lookUp}: the contact owning an address, as the
     * creator may see it.
     */
    ContactEntryEditor(Function<String, Optional<ContactSummary>> lookUp, ContactPicker.Search search, List<Tag> contactTags,
                       List<CustomField> contactFields, Runnable remove) {
        picker = new ContactPicker(search, this::link);
        postalAddress.addTo(personFields);
        personFields.add(language);
        contactFields.forEach(field -> {
            var input = new CustomFieldInput(field, "");
            fieldInputs.add(input);
            personFields.add(input.component());
        });
        this.lookUp = lookUp;
        tags.setItems(contactTags);
        tags.setItemLabelGenerator(Tag::name);
        setPadding(false);
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        moreEmails.setHelperText(getTranslation("contact.more-emails.help"));
        signerPriority.setMin(0);
        signerPriority.setMax(99);
        signerPriority.setStepButtonsVisible(true);
        signerPriority.setValue(0);
        var link = new HorizontalLayout(description, signerPriority, signerAuthority);
        link.setAlignItems(Alignment.BASELINE);
        toggles.setPadding(false);
        toggles.setSpacing(false);
        email.addValueChangeListener(e -> addressesChanged());
        moreEmails.addValueChangeListener(e -> addressesChanged());
        removeButton = new Button(getTranslation("contact.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(picker, personFields, existingOffer, link, toggles, removeButton);
        renderToggles(List.of());
    }

    /** Fields by the names the domain uses when it refuses input. */
    Map<String, HasValidation> fieldsByName() {
        return postalAddress.with(Map.of("firstName", firstName, "lastName", lastName, "email", email, "emails", moreEmails,
                "description", description, "signerPriority", signerPriority));
    }

    /** The input of the custom field a refusal names first (A7), if this new contact has it. */
    private Optional<CustomFieldInput> refusedInput(InvalidInputException e) {
        if (linked != null || !"customFields".equals(e.field()) || e.arguments().isEmpty()) {
            return Optional.empty();
        }
        return fieldInputs.stream().filter(input -> input.field().name().equals(e.arguments().getFirst())).findFirst();
    }

    ContactEntry toEntry() {
        // a cleared or unreadable priority is refused on its field, as on the Info tab
        int priority = signerPriority.getValue() == null ? -1 : signerPriority.getValue();
        if (linked != null) {
            return new ContactEntry.LinkExisting(linked.id(), description.getValue(), priority, signerAuthority.getValue(),
                    linked.emails().stream().map(address -> access(address, new EmailAddress(address))).toList());
        }
        List<EmailAddress> addresses = new ArrayList<>();
        List<EmailAccess> access = new ArrayList<>();
        for (String typed : typedAddresses()) {
            EmailAddress address = EmailAddress.of(typed.equals(email.getValue().strip()) ? "email" : "emails", typed);
            addresses.add(address);
            access.add(access(typed, address));
        }
        return new ContactEntry.CreateNew(new ContactName(firstName.getValue(), lastName.getValue()), new ContactEmails(addresses),
                phone.getValue(), postalAddress.value(),
                description.getValue(), priority, signerAuthority.getValue(), access,
                tags.getValue().stream().map(Tag::id).collect(java.util.stream.Collectors.toSet()), customValues(), language.language());
    }

    /**
     * What was typed for each contact field. Each is checked here by its field's own rule, so a bad
     * value is marked on this contact's input; the server checks them again when it creates.
     */
    private Map<CustomFieldId, String> customValues() {
        Map<CustomFieldId, String> values = new LinkedHashMap<>();
        for (CustomFieldInput input : fieldInputs) {
            input.field().valueOf(input.raw());
            values.put(input.field().id(), input.raw());
        }
        return values;
    }

    private EmailAccess access(String typed, EmailAddress address) {
        Checkbox[] boxes = toggleBoxes.get(typed);
        return boxes == null ? EmailAccess.none(address)
                : new EmailAccess(address, boxes[0].getValue(), boxes[1].getValue(), boxes[2].getValue());
    }

    /** The primary address first, then the additional ones, as typed. */
    private List<String> typedAddresses() {
        List<String> typed = new ArrayList<>();
        if (!email.getValue().isBlank()) {
            typed.add(email.getValue().strip());
        }
        Arrays.stream(moreEmails.getValue().split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(typed::add);
        return typed;
    }

    private void addressesChanged() {
        existingOffer.removeAll();
        Optional<ContactSummary> owner = Optional.of(email.getValue()).filter(v -> !v.isBlank()).flatMap(lookUp);
        owner.ifPresent(existing -> {
            var link = new Button(getTranslation("contact.link-existing", existing.name()), click -> link(existing));
            link.addThemeVariants(ButtonVariant.LUMO_SMALL);
            existingOffer.add(new Span(getTranslation("contact.address-known", existing.name())), link);
        });
        renderToggles(typedAddresses());
    }

    void link(ContactSummary existing) {
        linked = existing;
        existingOffer.removeAll();
        personFields.setVisible(false);
        picker.setVisible(false);
        existingOffer.add(new Span(getTranslation("contact.linking", existing.name())));
        renderToggles(existing.emails());
    }

    private void renderToggles(List<String> addresses) {
        toggles.removeAll();
        Map<String, Checkbox[]> previous = new LinkedHashMap<>(toggleBoxes);
        toggleBoxes.clear();
        if (addresses.isEmpty()) {
            var login = new Checkbox(getTranslation("toggle.LOGIN"));
            login.setEnabled(false);
            toggles.add(new HorizontalLayout(new Span(getTranslation("contact.no-email-no-login")), login));
            return;
        }
        for (String address : addresses) {
            Checkbox[] boxes = previous.getOrDefault(address,
                    new Checkbox[] {new Checkbox(getTranslation("toggle.LOGIN")), new Checkbox(getTranslation("toggle.NOTIFY")),
                            new Checkbox(getTranslation("toggle.EMAIL_SYNC"))});
            toggleBoxes.put(address, boxes);
            var row = new HorizontalLayout(new Span(address), boxes[0], boxes[1], boxes[2]);
            row.setAlignItems(Alignment.CENTER);
            toggles.add(row);
        }
    }

    /** Whether a refusal for this field concerns this editor, so it is shown here. */
    boolean shows(InvalidInputException e) {
        return fieldsByName().containsKey(e.field()) || refusedInput(e).isPresent();
    }

    /** Marks the refused field of this editor, a custom field by the name the refusal gives; returns the message. */
    String show(InvalidInputException e) {
        fieldInputs.forEach(input -> input.validation().setInvalid(false));
        String text = InputErrors.show(e, fieldsByName());
        refusedInput(e).ifPresent(input -> {
            input.validation().setErrorMessage(text);
            input.validation().setInvalid(true);
        });
        return text;
    }
}
