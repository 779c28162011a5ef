package io.portico.domain.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccentColorTest {

    @Test
    void issue11_an_accent_is_a_hex_colour_kept_lower_case() {
        assertThat(new AccentColor(" #AA33FF ").value()).isEqualTo("#aa33ff");
        assertThat(new AccentColor("#aa33ff")).hasToString("#aa33ff");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "aa33ff", "#aa33f", "#aa33ff0", "#gg0000", "red", "#aa33ff;background:url(x)"})
    void issue11_anything_else_is_refused_naming_the_field(String value) {
        assertThatThrownBy(() -> new AccentColor(value)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("accentColor");
            assertThat(e.messageKey()).isEqualTo("firm.accent-invalid");
        });
    }
}
