package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.account.port.in.CustomFieldHistoryEntry;
import io.portico.application.customfield.port.in.AddCustomFieldCommand;
import io.portico.application.customfield.port.in.AddCustomFieldUseCase;
import io.portico.application.tag.port.in.AddTagCommand;
import io.portico.application.tag.port.in.AddTagUseCase;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A5, A7, F4, F5 on the New account dialog, the profile and the list. */
class AccountDetailsViewsTest extends StaffViewTest {

    @Autowired
    AddTagUseCase addTag;
    @Autowired
    TagsQuery tags;
    @Autowired
    AddCustomFieldUseCase addField;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private StaffId owner;
    private Tag vip;
    private Tag signer;
    private CustomFieldId revenue;
    private CustomFieldId regime;
    private CustomFieldId newsletter;

    @BeforeEach
    void firmWithTagsAndFields() {
        owner = new StaffId(signInAsOwner().id());
        var vipId = addTag.add(new AddTagCommand(owner, TagScope.ACCOUNT, "VIP " + run, new TagColor("#e53935")));
        var signerId = addTag.add(new AddTagCommand(owner, TagScope.CONTACT, "Signer " + run, new TagColor("#1e88e5")));
        vip = tags.tags(TagScope.ACCOUNT).stream().filter(t -> t.id().equals(vipId)).findFirst().orElseThrow();
        signer = tags.tags(TagScope.CONTACT).stream().filter(t -> t.id().equals(signerId)).findFirst().orElseThrow();
        revenue = addField.add(new AddCustomFieldCommand(owner, CustomFieldScope.ACCOUNT, "Revenue " + run, CustomFieldType.NUMBER, List.of()));
        regime = addField.add(new AddCustomFieldCommand(owner, CustomFieldScope.ACCOUNT, "Regime " + run, CustomFieldType.DROPDOWN,
                List.of("Ordinario", "Forfettario")));
        newsletter = addField.add(new AddCustomFieldCommand(owner, CustomFieldScope.CONTACT, "Newsletter " + run, CustomFieldType.YES_NO, List.of()));
        navigate(HomeView.class);
    }

    private AccountView createWithTags(String lastName) {
        test(find(Button.class).all().stream().filter(b -> "New account".equals(b.getText())).findFirst().orElseThrow()).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        dialog.tags.setValue(Set.of(vip));
        test(dialog.next).click();
        ContactEntryEditor mario = dialog.contacts.getFirst();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue(lastName);
        mario.tags.setValue(Set.of(signer));
        test(dialog.create).click();
        return info();
    }

    /** F3: tags, custom fields and contacts are on the profile's Info tab. */
    private AccountView info() {
        AccountView profile = (AccountView) getCurrentView();
        test(profile.tabs).select("Info");
        return profile;
    }

    private DetailsSection accountSection() {
        return find(DetailsSection.class, info()).all().getFirst();
    }

    private DetailsSection contactSection() {
        return find(DetailsSection.class, info()).all().get(1);
    }

    private static TextField text(DetailsSection section, CustomFieldId field) {
        return (TextField) section.inputs.get(field).component();
    }

    @SuppressWarnings("unchecked")
    private static Select<String> choice(DetailsSection section, CustomFieldId field) {
        return (Select<String>) section.inputs.get(field).component();
    }

    @Test
    void A5_tags_chosen_in_the_new_account_dialog_show_on_the_profile_and_in_the_list_which_filters_by_them() {
        AccountView profile = createWithTags("Tagged" + run);

        String text = profile.getElement().getTextRecursively();
        assertThat(text).contains("VIP " + run).contains("Signer " + run);
        assertThat(accountSection().tags.getValue()).containsExactly(vip);
        assertThat(contactSection().tags.getValue()).containsExactly(signer);

        AccountsView list = navigate(AccountsView.class);
        list.tag.setValue(Optional.of(vip));
        assertThat(IntStream.range(0, test(list.grid).size()).mapToObj(i -> test(list.grid).getRow(i)).toList())
                .singleElement().satisfies(row -> {
                    assertThat(row.name()).isEqualTo("Mario Tagged" + run);
                    assertThat(row.tags()).containsExactly(vip);
                });
        assertThat(list.grid.getColumnByKey("tags").getHeaderText()).isEqualTo("Tags");
    }

    @Test
    void A7_changing_an_account_custom_field_keeps_its_history() {
        createWithTags("History" + run);
        DetailsSection section = accountSection();
        test(section.edit).click();
        test(text(section, revenue)).setValue("1250,50");
        choice(section, regime).setValue("Forfettario");
        test(section.save).click();

        section = accountSection();
        assertThat(section.getElement().getTextRecursively()).contains("Revenue " + run + ":").contains("1250.50").contains("Forfettario");
        test(section.edit).click();
        test(text(section, revenue)).setValue("1300");
        test(section.save).click();

        test(accountSection().history.get(revenue)).click();
        CustomFieldHistoryDialog dialog = find(CustomFieldHistoryDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("History of “Revenue " + run + "”");
        assertThat(dialog.grid.getListDataView().getItems().toList())
                .extracting(CustomFieldHistoryEntry::changedBy, CustomFieldHistoryEntry::oldValue, CustomFieldHistoryEntry::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anna Bianchi", "1250.50", "1300"),
                        org.assertj.core.groups.Tuple.tuple("Anna Bianchi", "", "1250.50"));
    }

    @Test
    void A7_a_value_that_does_not_fit_its_type_is_refused_naming_the_field_and_nothing_is_saved() {
        createWithTags("Refused" + run);
        DetailsSection section = accountSection();
        test(section.edit).click();
        test(text(section, revenue)).setValue("a lot");
        section.tags.setValue(Set.of());
        test(section.save).click();

        assertThat(section.error.getText()).isEqualTo("Custom fields: “Revenue " + run + "” must be a number, like 1250.50");
        assertThat(text(section, revenue).isInvalid()).isTrue();
        assertThat(section.isAttached()).as("still editing what was typed").isTrue();
        navigate(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath(), AccountView.class);
        assertThat(accountSection().tags.getValue()).as("nothing saved").containsExactly(vip);
    }

    @Test
    void A5_A7_a_contacts_tags_and_custom_fields_are_edited_on_the_profile() {
        createWithTags("Contact" + run);
        DetailsSection section = contactSection();
        assertThat(section.history).as("contact fields keep no history").isEmpty();
        test(section.edit).click();
        section.tags.setValue(Set.of());
        choice(section, newsletter).setValue("true");
        test(section.save).click();

        section = contactSection();
        assertThat(section.tags.getValue()).isEmpty();
        assertThat(section.getElement().getTextRecursively()).contains("Newsletter " + run + ":").contains("Yes");
    }

    private ContactEntryEditor contactStep() {
        test(find(Button.class).all().stream().filter(b -> "New account".equals(b.getText())).findFirst().orElseThrow()).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(dialog.next).click();
        return dialog.contacts.getFirst();
    }

    private static CustomFieldInput input(ContactEntryEditor editor, CustomFieldId field) {
        return editor.fieldInputs.stream().filter(i -> i.field().id().equals(field)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void A7_A8_F5_a_new_contacts_custom_fields_and_signer_settings_typed_in_the_dialog_are_created_with_the_account() {
        CustomFieldId shares = addField.add(new AddCustomFieldCommand(owner, CustomFieldScope.CONTACT, "Shares " + run, CustomFieldType.NUMBER,
                List.of()));
        navigate(HomeView.class);
        ContactEntryEditor mario = contactStep();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue("Fields" + run);
        test((TextField) input(mario, shares).component()).setValue("12,5");
        ((Select<String>) input(mario, newsletter).component()).setValue("true");
        assertThat(mario.signerAuthority.getValue()).as("signer authority is on by default").isTrue();
        test(mario.signerPriority).setValue(7);
        test(mario.signerAuthority).click();
        test(find(NewAccountDialog.class).single().create).click();

        DetailsSection section = contactSection();
        assertThat(section.inputs.get(shares).raw()).as("checked by type on the server").isEqualTo("12.5");
        assertThat(section.inputs.get(newsletter).raw()).isEqualTo("true");
        assertThat(info().getElement().getTextRecursively()).contains("Signer priority: 7 · no signer authority");
    }

    @Test
    void A7_a_new_contacts_value_that_does_not_fit_its_type_is_marked_on_its_input_and_nothing_is_created() {
        CustomFieldId shares = addField.add(new AddCustomFieldCommand(owner, CustomFieldScope.CONTACT, "Shares " + run, CustomFieldType.NUMBER,
                List.of()));
        navigate(HomeView.class);
        ContactEntryEditor mario = contactStep();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue("Unfit" + run);
        test((TextField) input(mario, shares).component()).setValue("a few");
        test(dialog.create).click();

        assertThat(input(mario, shares).validation().isInvalid()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Custom fields: “Shares " + run + "” must be a number, like 1250.50");
        assertThat(dialog.isOpened()).as("nothing created").isTrue();
    }

    @Test
    void F5_a_signer_priority_outside_0_to_99_is_marked_on_its_field_in_the_dialog() {
        ContactEntryEditor mario = contactStep();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue("Priority" + run);
        mario.signerPriority.setValue(100);
        test(dialog.create).click();

        assertThat(mario.signerPriority.isInvalid()).isTrue();
        assertThat(mario.signerPriority.getErrorMessage()).isEqualTo("Signer priority: use a number from 0 to 99");
        assertThat(dialog.isOpened()).isTrue();
    }
}
