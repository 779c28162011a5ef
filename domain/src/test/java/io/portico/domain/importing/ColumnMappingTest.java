package io.portico.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final ColumnTarget FIRST = ColumnTarget.of(ImportField.FIRST_NAME);
    private static final ColumnTarget LAST = ColumnTarget.of(ImportField.LAST_NAME);
    private static final ColumnTarget EMAIL = ColumnTarget.of(ImportField.EMAIL);

    @Test
    void issue12_5_a_mapping_needs_both_names() {
        assertThatThrownBy(() -> new ColumnMapping(List.of(FIRST, EMAIL))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("import.mapping.required");
        assertThatThrownBy(() -> new ColumnMapping(List.of(LAST, EMAIL))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("import.mapping.required");
    }

    @Test
    void issue12_5_a_field_comes_from_one_column_but_emails_and_ignored_columns_repeat() {
        assertThatThrownBy(() -> new ColumnMapping(List.of(FIRST, LAST, FIRST))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("import.mapping.twice");
        var mapping = new ColumnMapping(List.of(EMAIL, FIRST, ColumnTarget.IGNORED, LAST, EMAIL, ColumnTarget.IGNORED));
        assertThat(mapping.emailColumns()).containsExactly(0, 4);
        assertThat(mapping.columnOf(LAST)).isEqualTo(3);
        assertThat(mapping.columnOf(ColumnTarget.of(ImportField.PHONE))).isEqualTo(-1);
    }

    @Test
    void issue12_5_a_mapping_reads_back_from_its_codes() {
        var field = new CustomFieldId(UUID.randomUUID());
        var mapping = new ColumnMapping(List.of(FIRST, LAST, ColumnTarget.custom(ImportField.CONTACT_CUSTOM_FIELD, field)));
        assertThat(mapping.codes()).containsExactly("FIRST_NAME", "LAST_NAME", "CONTACT_CUSTOM_FIELD:" + field.value());
        assertThat(ColumnMapping.parse(mapping.codes())).isEqualTo(mapping);
    }

    @Test
    void a_custom_target_names_its_field_and_only_a_custom_one_does() {
        assertThatThrownBy(() -> ColumnTarget.of(ImportField.ACCOUNT_CUSTOM_FIELD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnTarget.custom(ImportField.EMAIL, new CustomFieldId(UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ImportField.EMAIL.repeatable()).isTrue();
        assertThat(ImportField.PHONE.repeatable()).isFalse();
    }
}
