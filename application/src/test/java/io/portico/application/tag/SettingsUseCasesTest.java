package io.portico.application.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.customfield.CustomFieldService;
import io.portico.application.customfield.InMemoryCustomFields;
import io.portico.application.customfield.port.in.AddCustomFieldCommand;
import io.portico.application.customfield.port.in.ChangeCustomFieldCommand;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.tag.port.in.AddTagCommand;
import io.portico.application.tag.port.in.ChangeTagCommand;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** G3: Settings → Tags and Settings → Custom fields. */
class SettingsUseCasesTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryTags tagStore = new InMemoryTags();
    private final InMemoryCustomFields fieldStore = new InMemoryCustomFields();
    private final Administrators administrators = new Administrators(staff);
    private final TagService tags = new TagService(tagStore, administrators);
    private final CustomFieldService fields = new CustomFieldService(fieldStore, administrators);

    private StaffMember anna;
    private StaffMember marco;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        staff.grantRights(marco.id(), Set.of(StaffRight.MANAGE_ACCOUNTS, StaffRight.VIEW_ALL_ACCOUNTS));
    }

    @Test
    void A5_G3_an_admin_adds_renames_recolours_and_deletes_tags_for_accounts_and_for_contacts() {
        TagId vip = tags.add(new AddTagCommand(anna.id(), TagScope.ACCOUNT, "VIP", new TagColor("#e53935")));
        tags.add(new AddTagCommand(anna.id(), TagScope.CONTACT, "Signer", new TagColor("#1e88e5")));

        tags.change(new ChangeTagCommand(anna.id(), vip, "Key client", new TagColor("#43a047")));
        assertThat(tags.tags(TagScope.ACCOUNT)).singleElement().satisfies(tag -> {
            assertThat(tag.name()).isEqualTo("Key client");
            assertThat(tag.color().value()).isEqualTo("#43a047");
        });
        assertThat(tags.tags(TagScope.CONTACT)).extracting(Tag::name).containsExactly("Signer");

        tags.delete(anna.id(), vip);
        assertThat(tags.tags(TagScope.ACCOUNT)).isEmpty();
    }

    @Test
    void G3_employees_may_read_tags_and_fields_but_not_change_them_even_with_manage_accounts() {
        TagId vip = tags.add(new AddTagCommand(anna.id(), TagScope.ACCOUNT, "VIP", new TagColor("#e53935")));
        assertThatThrownBy(() -> tags.add(new AddTagCommand(marco.id(), TagScope.ACCOUNT, "Mine", new TagColor("#000000"))))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tags.change(new ChangeTagCommand(marco.id(), vip, "Mine", new TagColor("#000000"))))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tags.delete(marco.id(), vip)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> fields.add(new AddCustomFieldCommand(marco.id(), CustomFieldScope.ACCOUNT, "X", CustomFieldType.TEXT, List.of())))
                .isInstanceOf(NotAllowedException.class);
        CustomFieldId code = fields.add(new AddCustomFieldCommand(anna.id(), CustomFieldScope.ACCOUNT, "Code", CustomFieldType.TEXT, List.of()));
        assertThatThrownBy(() -> fields.change(new ChangeCustomFieldCommand(marco.id(), code, "Mine", List.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> fields.delete(marco.id(), code)).isInstanceOf(NotAllowedException.class);
        assertThat(tags.tags(TagScope.ACCOUNT)).extracting(Tag::name).containsExactly("VIP");
        assertThat(fields.fields(CustomFieldScope.ACCOUNT)).extracting(CustomField::name).containsExactly("Code");
    }

    @Test
    void G3_changing_a_tag_or_field_deleted_meanwhile_is_refused_naming_it() {
        assertThatThrownBy(() -> tags.change(new ChangeTagCommand(anna.id(), TagId.random(), "Gone", new TagColor("#000000"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("tag.not-found"));
        assertThatThrownBy(() -> fields.change(new ChangeCustomFieldCommand(anna.id(), CustomFieldId.random(), "Gone", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("custom-field.not-found"));
    }

    @Test
    void A7_G3_an_admin_defines_fields_of_every_type_renames_them_and_changes_dropdown_options() {
        for (CustomFieldType type : CustomFieldType.values()) {
            fields.add(new AddCustomFieldCommand(anna.id(), CustomFieldScope.ACCOUNT, "Field " + type, type,
                    type == CustomFieldType.DROPDOWN ? List.of("A", "B") : List.of()));
        }
        CustomFieldId birthday = fields.add(new AddCustomFieldCommand(anna.id(), CustomFieldScope.CONTACT, "Birthday", CustomFieldType.DATE, List.of()));
        assertThat(fields.fields(CustomFieldScope.ACCOUNT)).extracting(CustomField::type).containsExactly(CustomFieldType.values());
        CustomField dropdown = fields.fields(CustomFieldScope.ACCOUNT).get(4);

        fields.change(new ChangeCustomFieldCommand(anna.id(), dropdown.id(), "Regime", List.of("A", "B", "C")));
        assertThat(fields.fields(CustomFieldScope.ACCOUNT).get(4)).satisfies(f -> {
            assertThat(f.name()).isEqualTo("Regime");
            assertThat(f.options()).containsExactly("A", "B", "C");
            assertThat(f.type()).isEqualTo(CustomFieldType.DROPDOWN);
        });

        fields.delete(anna.id(), birthday);
        assertThat(fields.fields(CustomFieldScope.CONTACT)).isEmpty();
    }

    @Test
    void A7_a_dropdown_without_options_is_refused_naming_the_options() {
        assertThatThrownBy(() -> fields.add(new AddCustomFieldCommand(anna.id(), CustomFieldScope.ACCOUNT, "Regime", CustomFieldType.DROPDOWN, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("customFieldOptions"));
        assertThat(fields.fields(CustomFieldScope.ACCOUNT)).isEmpty();
    }
}
