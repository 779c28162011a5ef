package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.tag.Tag;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.WithStaff;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SettingsViewsTest extends StaffViewTest {

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private static List<Tag> tags(TagScopeEditor editor) {
        return editor.grid.getListDataView().getItems().toList();
    }

    private static List<CustomField> fields(CustomFieldScopeEditor editor) {
        return editor.grid.getListDataView().getItems().toList();
    }

    private static Tag named(TagScopeEditor editor, String name) {
        return tags(editor).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void A5_G3_an_owner_adds_renames_recolours_and_deletes_account_tags_and_contact_tags_are_separate() {
        signInAsOwner();
        TagsView view = navigate(TagsView.class);
        test(view.accountTags.name).setValue("VIP " + run);
        view.accountTags.color.setValue("#43a047");
        test(view.accountTags.add).click();

        Tag vip = named(view.accountTags, "VIP " + run);
        assertThat(vip.color().value()).isEqualTo("#43a047");
        assertThat(view.accountTags.name.getValue()).as("the form is ready for the next tag").isEmpty();
        assertThat(tags(view.contactTags)).extracting(Tag::name).doesNotContain("VIP " + run);

        var edit = view.accountTags.edit(vip);
        roundTrip(); // an opened dialog joins the UI on the round trip
        test(edit.name).setValue("Key client " + run);
        edit.color.setValue("#8e24aa");
        test(edit.save).click();
        Tag renamed = named(view.accountTags, "Key client " + run);
        assertThat(renamed.id()).isEqualTo(vip.id());
        assertThat(renamed.color().value()).isEqualTo("#8e24aa");

        var confirm = view.accountTags.delete(renamed);
        roundTrip();
        test(confirm.delete).click();
        assertThat(tags(view.accountTags)).extracting(Tag::id).doesNotContain(vip.id());
    }

    @Test
    void A5_a_name_the_scope_already_has_is_refused_on_the_name_field() {
        signInAsOwner();
        TagsView view = navigate(TagsView.class);
        test(view.contactTags.name).setValue("Signer " + run);
        test(view.contactTags.add).click();
        test(view.contactTags.name).setValue("SIGNER " + run);
        test(view.contactTags.add).click();

        assertThat(view.contactTags.name.isInvalid()).isTrue();
        assertThat(view.contactTags.error.getText()).isEqualTo("Tag name: there is already a tag named SIGNER " + run);
        assertThat(tags(view.contactTags)).extracting(Tag::name).filteredOn(n -> n.equalsIgnoreCase("Signer " + run)).hasSize(1);
    }

    @Test
    void A7_G3_an_owner_adds_a_dropdown_with_its_options_changes_them_and_deletes_the_field() {
        signInAsOwner();
        CustomFieldsView view = navigate(CustomFieldsView.class);
        test(view.accountFields.name).setValue("Tax regime " + run);
        view.accountFields.type.setValue(CustomFieldType.DROPDOWN);
        assertThat(view.accountFields.options.isVisible()).isTrue();
        test(view.accountFields.options).setValue("Ordinario, Forfettario");
        test(view.accountFields.add).click();

        CustomField regime = fields(view.accountFields).stream().filter(f -> f.name().equals("Tax regime " + run)).findFirst().orElseThrow();
        assertThat(regime.options()).containsExactly("Ordinario", "Forfettario");

        var edit = view.accountFields.edit(regime);
        roundTrip();
        test(edit.options).setValue("Ordinario, Forfettario, Semplificato");
        test(edit.save).click();
        assertThat(fields(view.accountFields)).filteredOn(f -> f.id().equals(regime.id()))
                .singleElement().satisfies(f -> assertThat(f.options()).containsExactly("Ordinario", "Forfettario", "Semplificato"));

        var confirm = view.accountFields.delete(regime);
        roundTrip();
        test(confirm.delete).click();
        assertThat(fields(view.accountFields)).extracting(CustomField::id).doesNotContain(regime.id());
    }

    @Test
    void A7_a_dropdown_without_options_is_refused_on_the_options_field() {
        signInAsOwner();
        CustomFieldsView view = navigate(CustomFieldsView.class);
        test(view.contactFields.name).setValue("Role " + run);
        view.contactFields.type.setValue(CustomFieldType.DROPDOWN);
        test(view.contactFields.add).click();

        assertThat(view.contactFields.options.isInvalid()).isTrue();
        assertThat(view.contactFields.error.getText()).isEqualTo("Options: a dropdown needs at least one option");
        assertThat(fields(view.contactFields)).extracting(CustomField::name).doesNotContain("Role " + run);
    }

    @Test
    void G3_an_owner_finds_the_settings_in_the_sidebar() {
        signInAsOwner();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Settings", "Tags", "Custom fields");
    }

    @Test
    @WithStaff(role = StaffRole.EMPLOYEE, email = "marco@studio-bianchi.it")
    void G3_an_employee_has_no_settings() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Settings", "Tags", "Custom fields");
    }
}
