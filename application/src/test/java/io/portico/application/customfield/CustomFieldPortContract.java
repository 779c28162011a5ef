package io.portico.application.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link CustomFieldPort} does; each test starts with no fields. */
public abstract class CustomFieldPortContract {

    protected abstract CustomFieldPort fields();

    @Test
    void A7_fields_are_kept_per_scope_in_the_order_added_with_type_and_options() {
        var vat = CustomField.create(CustomFieldScope.ACCOUNT, "VAT number", CustomFieldType.TEXT, List.of());
        var regime = CustomField.create(CustomFieldScope.ACCOUNT, "Tax regime", CustomFieldType.DROPDOWN, List.of("Ordinario", "Forfettario"));
        var birthday = CustomField.create(CustomFieldScope.CONTACT, "Birthday", CustomFieldType.DATE, List.of());
        fields().add(vat);
        fields().add(regime);
        fields().add(birthday);

        assertThat(fields().all(CustomFieldScope.ACCOUNT)).containsExactly(vat, regime);
        assertThat(fields().all(CustomFieldScope.CONTACT)).containsExactly(birthday);
        assertThat(fields().find(regime.id())).contains(regime);
        assertThat(fields().find(CustomFieldId.random())).isEmpty();
    }

    @Test
    void A7_a_name_is_unique_within_its_scope_and_a_field_is_renamed_with_new_options() {
        var regime = CustomField.create(CustomFieldScope.ACCOUNT, "Tax regime", CustomFieldType.DROPDOWN, List.of("Ordinario"));
        fields().add(regime);
        assertThatThrownBy(() -> fields().add(CustomField.create(CustomFieldScope.ACCOUNT, "TAX REGIME", CustomFieldType.TEXT, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("customFieldName");
                    assertThat(e.messageKey()).isEqualTo("custom-field.name-taken");
                });
        fields().add(CustomField.create(CustomFieldScope.CONTACT, "Tax regime", CustomFieldType.TEXT, List.of()));

        var changed = regime.changed("Regime", List.of("Ordinario", "Forfettario"));
        fields().update(changed);
        assertThat(fields().find(regime.id())).contains(changed);

        fields().delete(regime.id());
        assertThat(fields().all(CustomFieldScope.ACCOUNT)).isEmpty();
    }
}
