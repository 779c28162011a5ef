package io.portico.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void domain_is_lower_cased_and_blanks_trimmed_while_the_local_part_is_kept() {
        assertThat(new EmailAddress("  Mario.Rossi@Studio-Rossi.IT ").value()).isEqualTo("Mario.Rossi@studio-rossi.it");
    }

    @Test
    void lookup_key_ignores_case_of_the_local_part() {
        assertThat(new EmailAddress("Mario@x.it").lookupKey()).isEqualTo(new EmailAddress("mario@X.IT").lookupKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@no-local.it", "two@@at.it", "no-dot@domain", "spa ce@x.it", "a@-x.it"})
    void malformed_addresses_are_refused_naming_the_field(String raw) {
        assertThatThrownBy(() -> EmailAddress.of("ownerEmail", raw))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("ownerEmail");
                    assertThat(e.messageKey()).isEqualTo("email.invalid");
                });
    }

    @Test
    void blank_address_is_required() {
        assertThatThrownBy(() -> EmailAddress.of("email", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("input.required"));
    }
}
