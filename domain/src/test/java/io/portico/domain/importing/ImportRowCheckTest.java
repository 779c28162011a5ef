package io.portico.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.account.AccountType;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ImportRowCheckTest {

    private static final List<String> HEADER = List.of("Type", "Company", "First", "Last", "Email", "Email 2", "Phone", "City",
            "Tags", "Contact tags", "Size", "Language");

    private final Tag vip = Tag.create(TagScope.ACCOUNT, "VIP", new TagColor("#aa0000"));
    private final Tag partner = Tag.create(TagScope.CONTACT, "Partner", new TagColor("#00aa00"));
    private final CustomField size = CustomField.create(CustomFieldScope.ACCOUNT, "Size", CustomFieldType.DROPDOWN, List.of("Small", "Large"));
    private final ColumnMapping mapping = new ColumnMapping(List.of(ColumnTarget.of(ImportField.TYPE), ColumnTarget.of(ImportField.COMPANY_NAME),
            ColumnTarget.of(ImportField.FIRST_NAME), ColumnTarget.of(ImportField.LAST_NAME), ColumnTarget.of(ImportField.EMAIL),
            ColumnTarget.of(ImportField.EMAIL), ColumnTarget.of(ImportField.PHONE), ColumnTarget.of(ImportField.CITY),
            ColumnTarget.of(ImportField.ACCOUNT_TAGS), ColumnTarget.of(ImportField.CONTACT_TAGS),
            ColumnTarget.custom(ImportField.ACCOUNT_CUSTOM_FIELD, size.id()), ColumnTarget.of(ImportField.LANGUAGE)));
    private final ImportRowCheck check = new ImportRowCheck(HEADER, mapping, ImportVocabulary.of(List.of(vip, partner), List.of(size)));

    private static List<String> row(String... values) {
        return List.of(values);
    }

    private static List<String> good() {
        return row("Azienda", "Rossi Srl", "Mario", "Rossi", "mario@rossi.it", "MARIO@rossi.it", "+39 02 123-4567", "Milano", "vip",
                "partner", "large", "italiano");
    }

    private static List<String> with(int column, String value) {
        var values = new ArrayList<>(good());
        values.set(column, value);
        return values;
    }

    private RowVerdict.Rejected rejected(List<String> values) {
        return (RowVerdict.Rejected) check.check(7, values, OptionalLong.empty());
    }

    @Test
    void issue12_6_a_good_row_is_read_as_it_will_be_imported() {
        var verdict = check.check(2, good(), OptionalLong.empty());
        var row = ((RowVerdict.Accepted) verdict).imported();
        assertThat(verdict.row()).isEqualTo(2);
        assertThat(row.type()).isEqualTo(AccountType.COMPANY);
        assertThat(row.accountName().value()).isEqualTo("Rossi Srl");
        assertThat(row.contactName().full()).isEqualTo("Mario Rossi");
        assertThat(row.emails().all()).containsExactly(new EmailAddress("mario@rossi.it"));
        assertThat(row.phone()).isEqualTo("+39 02 123-4567");
        assertThat(row.address()).isEqualTo(new PostalAddress("", "", "Milano", "", ""));
        assertThat(row.accountTags()).containsExactly(vip.id());
        assertThat(row.contactTags()).containsExactly(partner.id());
        assertThat(row.accountValues()).containsEntry(size.id(), "Large");
        assertThat(row.language()).contains(Language.IT);
    }

    @Test
    void issue12_6_blank_values_are_optional_and_the_type_follows_the_company_name() {
        var row = ((RowVerdict.Accepted) check.check(3, row("", "", "Anna", "Bianchi", "", "", "", "", "", "", "", ""),
                OptionalLong.empty())).imported();
        assertThat(row.type()).isEqualTo(AccountType.INDIVIDUAL);
        assertThat(row.accountName().value()).isEqualTo("Anna Bianchi");
        assertThat(row.emails().all()).isEmpty();
        assertThat(row.language()).isEmpty();
        var company = ((RowVerdict.Accepted) check.check(4, with(0, ""), OptionalLong.empty())).imported();
        assertThat(company.type()).isEqualTo(AccountType.COMPANY);
    }

    @Test
    void issue12_6_wrong_column_count() {
        var rejected = rejected(row("a", "b"));
        assertThat(rejected.messageKey()).isEqualTo(ImportRowCheck.COLUMN_COUNT);
        assertThat(rejected.arguments()).containsExactly("12", "2");
        assertThat(rejected.column()).isEmpty();
        assertThat(rejected.row()).isEqualTo(7);
    }

    @Test
    void issue12_6_wrong_encoding_names_the_column() {
        var rejected = rejected(with(7, "Mil\uFFFDno"));
        assertThat(rejected.messageKey()).isEqualTo(ImportRowCheck.ENCODING);
        assertThat(rejected.column()).contains("City");
    }

    @Test
    void issue12_6_a_duplicate_row_names_the_earlier_one() {
        var rejected = (RowVerdict.Rejected) check.check(9, good(), OptionalLong.of(4));
        assertThat(rejected.messageKey()).isEqualTo(ImportRowCheck.DUPLICATE);
        assertThat(rejected.arguments()).containsExactly("4");
    }

    @Test
    void issue12_6_missing_name() {
        assertThat(rejected(with(2, " "))).extracting(RowVerdict.Rejected::column, RowVerdict.Rejected::messageKey)
                .containsExactly(Optional.of("First"), ImportRowCheck.NAME_MISSING);
        assertThat(rejected(with(3, ""))).extracting(RowVerdict.Rejected::column, RowVerdict.Rejected::messageKey)
                .containsExactly(Optional.of("Last"), ImportRowCheck.NAME_MISSING);
    }

    @Test
    void issue12_6_a_name_a_folder_cannot_have() {
        var rejected = rejected(with(3, "Ros:si"));
        assertThat(rejected.column()).contains("Last");
        assertThat(rejected.messageKey()).isEqualTo("name.forbidden-character");
        assertThat(rejected.arguments()).containsExactly(":", "4");
        assertThat(rejected(with(2, "Ma|rio")).column()).contains("First");
        assertThat(rejected(with(1, "Rossi Srl.")).column()).contains("Company");
    }

    @Test
    void issue12_6_bad_address() {
        var rejected = rejected(with(5, "not-an-address"));
        assertThat(rejected.column()).contains("Email 2");
        assertThat(rejected.messageKey()).isEqualTo("email.invalid");
    }

    @Test
    void issue12_6_unknown_tag_of_either_scope() {
        var rejected = rejected(with(8, "vip; Gold"));
        assertThat(rejected.column()).contains("Tags");
        assertThat(rejected.messageKey()).isEqualTo(ImportRowCheck.TAG);
        assertThat(rejected.arguments()).containsExactly("Gold");
        assertThat(rejected(with(9, "vip")).column()).contains("Contact tags");
    }

    @Test
    void issue12_6_unknown_custom_field_value() {
        var rejected = rejected(with(10, "Huge"));
        assertThat(rejected.column()).contains("Size");
        assertThat(rejected.messageKey()).isEqualTo("custom-field.not-an-option");
    }

    @Test
    void issue12_6_a_custom_field_deleted_since_the_mapping() {
        var without = new ImportRowCheck(HEADER, mapping, ImportVocabulary.of(List.of(vip, partner), List.of()));
        var rejected = (RowVerdict.Rejected) without.check(2, good(), OptionalLong.empty());
        assertThat(rejected.column()).contains("Size");
        assertThat(rejected.messageKey()).isEqualTo("custom-field.not-found");
    }

    @Test
    void issue12_6_bad_phone() {
        for (String phone : List.of("12345", "+39 02 1234 5678 9012", "call me", "02+1234567")) {
            var rejected = rejected(with(6, phone));
            assertThat(rejected.column()).contains("Phone");
            assertThat(rejected.messageKey()).isEqualTo(ImportRowCheck.PHONE);
        }
        for (String phone : List.of("123456", "+1 (555) 123.45/67", "123456789012345")) {
            assertThat(check.check(2, with(6, phone), OptionalLong.empty())).isInstanceOf(RowVerdict.Accepted.class);
        }
    }

    @Test
    void issue12_6_bad_language_and_the_language_by_code_or_name() {
        var rejected = rejected(with(11, "Klingon"));
        assertThat(rejected.column()).contains("Language");
        assertThat(rejected.messageKey()).isEqualTo(ImportRowCheck.LANGUAGE);
        assertThat(((RowVerdict.Accepted) check.check(2, with(11, "FR"), OptionalLong.empty())).imported().language()).contains(Language.FR);
        assertThat(((RowVerdict.Accepted) check.check(2, with(11, "Română"), OptionalLong.empty())).imported().language())
                .contains(Language.RO);
    }

    @Test
    void issue12_6_bad_type_and_a_company_without_its_name() {
        var rejected = rejected(with(0, "Alien"));
        assertThat(rejected.column()).contains("Type");
        assertThat(rejected.messageKey()).isEqualTo(ImportRowCheck.TYPE);
        var nameless = rejected(with(1, ""));
        assertThat(nameless.column()).contains("Company");
        assertThat(nameless.messageKey()).isEqualTo("input.required");
        assertThat(((RowVerdict.Accepted) check.check(2, with(0, "other"), OptionalLong.empty())).imported().type()).isEqualTo(AccountType.OTHER);
    }

    @Test
    void a_check_needs_a_mapping_for_each_column_of_the_header() {
        assertThatThrownBy(() -> new ImportRowCheck(List.of("First"), mapping, ImportVocabulary.of(List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
