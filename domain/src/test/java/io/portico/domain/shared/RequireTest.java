package io.portico.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void text_is_trimmed_and_may_be_exactly_as_long_as_allowed_but_not_longer() {
        assertThat(Require.text("city", " " + "x".repeat(10) + " ", 10)).isEqualTo("x".repeat(10));
        assertThatThrownBy(() -> Require.text("city", "x".repeat(11), 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("city");
                    assertThat(e.messageKey()).isEqualTo("input.too-long");
                    assertThat(e.arguments()).containsExactly(10);
                });
    }

    @Test
    void a_refusal_says_its_field_key_and_arguments_in_the_log() {
        assertThat(new InvalidInputException("city", "input.too-long", 10).getMessage()).isEqualTo("city: input.too-long [10]");
        assertThat(new InvalidInputException("city", "input.required").getMessage()).isEqualTo("city: input.required");
    }
}
