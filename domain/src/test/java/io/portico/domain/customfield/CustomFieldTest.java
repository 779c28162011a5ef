package io.portico.domain.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

    private static CustomField field(CustomFieldType type, String... options) {
        return CustomField.create(CustomFieldScope.ACCOUNT, "Field " + type, type, List.of(options));
    }

    private static void refused(CustomField field, String raw, String key) {
        assertThatThrownBy(() -> field.valueOf(raw))
                .as(raw)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("customFields");
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments().getFirst()).as("the message names the field").isEqualTo(field.name());
                });
    }

    @Test
    void A7_a_blank_value_is_no_value_whatever_the_type() {
        for (CustomFieldType type : CustomFieldType.values()) {
            assertThat(field(type, "A").valueOf("  ")).isEmpty();
        }
    }

    @Test
    void A7_text_is_trimmed_and_limited() {
        assertThat(field(CustomFieldType.TEXT).valueOf("  Milano ")).contains("Milano");
        assertThat(field(CustomFieldType.TEXT).valueOf("x".repeat(CustomField.MAX_TEXT_LENGTH))).isPresent();
        refused(field(CustomFieldType.TEXT), "x".repeat(CustomField.MAX_TEXT_LENGTH + 1), "custom-field.too-long");
    }

    @Test
    void A7_numbers_take_a_decimal_point_or_comma_and_refuse_anything_else() {
        CustomField number = field(CustomFieldType.NUMBER);
        assertThat(number.valueOf("1250.50")).contains("1250.50");
        assertThat(number.valueOf("12,5")).contains("12.5");
        assertThat(number.valueOf("-3")).contains("-3");
        refused(number, "twelve", "custom-field.not-a-number");
        refused(number, "1.234,5", "custom-field.not-a-number");
    }

    @Test
    void A7_dates_are_iso_dates() {
        assertThat(field(CustomFieldType.DATE).valueOf("2026-04-30")).contains("2026-04-30");
        refused(field(CustomFieldType.DATE), "2026-02-30", "custom-field.not-a-date");
        refused(field(CustomFieldType.DATE), "30/04/2026", "custom-field.not-a-date");
    }

    @Test
    void A7_yes_no_is_true_or_false() {
        assertThat(field(CustomFieldType.YES_NO).valueOf("TRUE")).contains("true");
        assertThat(field(CustomFieldType.YES_NO).valueOf("false")).contains("false");
        refused(field(CustomFieldType.YES_NO), "maybe", "custom-field.not-yes-no");
    }

    @Test
    void A7_a_dropdown_takes_one_of_its_options_as_spelled_there() {
        CustomField regime = field(CustomFieldType.DROPDOWN, "Forfettario", "Ordinario");
        assertThat(regime.valueOf("forfettario")).contains("Forfettario");
        refused(regime, "Semplificato", "custom-field.not-an-option");
    }

    @Test
    void A7_an_email_field_takes_an_email_address() {
        assertThat(field(CustomFieldType.EMAIL).valueOf("PEC@Rossi.IT")).contains("PEC@rossi.it");
        refused(field(CustomFieldType.EMAIL), "not an address", "custom-field.not-an-email");
    }

    @Test
    void A7_a_dropdown_needs_distinct_options_and_other_types_have_none() {
        assertThatThrownBy(() -> field(CustomFieldType.DROPDOWN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("custom-field.needs-options"));
        assertThatThrownBy(() -> field(CustomFieldType.DROPDOWN, "A", "a"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("custom-field.option-repeated"));
        assertThat(field(CustomFieldType.TEXT, "ignored").options()).isEmpty();
        assertThat(field(CustomFieldType.DROPDOWN, "A", " ", "B").options()).containsExactly("A", "B");
    }

    @Test
    void A7_a_field_needs_a_name() {
        assertThatThrownBy(() -> CustomField.create(CustomFieldScope.CONTACT, "", CustomFieldType.TEXT, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("customFieldName"));
        assertThat(Optional.of(field(CustomFieldType.TEXT).changed("Renamed", List.of()).name())).contains("Renamed");
    }
}
