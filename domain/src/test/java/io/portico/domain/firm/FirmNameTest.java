package io.portico.domain.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FirmNameTest {

    @Test
    void a_firm_name_is_trimmed() {
        assertThat(new FirmName("  Studio Rossi  ").value()).isEqualTo("Studio Rossi");
    }

    @Test
    void a_blank_firm_name_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new FirmName("   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firmName"));
    }
}
