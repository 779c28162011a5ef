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
    void issue10_text_with_control_characters_is_refused_on_its_field() {
        for (String hostile : new String[] {"a\u0000b", "a\u0008b", "a\u000Bb", "a\u000Cb", "a\u000Eb", "a\u001Fb", "a\u007Fb", "a\u009Fb"}) {
            assertThatThrownBy(() -> Require.text("name", hostile, 100))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.messageKey()).isEqualTo("input.control-character");
                    });
        }
    }

    @Test
    void issue10_tabs_line_breaks_and_any_script_are_text() {
        assertThat(Require.text("note", "first line\r\nsecond\tline", 100)).isEqualTo("first line\r\nsecond\tline");
        assertThat(Require.text("name", "Ζωή Жизнь 生活 \u00A0é", 100)).isEqualTo("Ζωή Жизнь 生活 \u00A0é".strip());
    }

    @Test
    void a_refusal_says_its_field_key_and_arguments_in_the_log() {
        assertThat(new InvalidInputException("city", "input.too-long", 10).getMessage()).isEqualTo("city: input.too-long [10]");
        assertThat(new InvalidInputException("city", "input.required").getMessage()).isEqualTo("city: input.required");
    }
}
