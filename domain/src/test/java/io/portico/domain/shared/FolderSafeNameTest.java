package io.portico.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FolderSafeNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\", "/", ":", "*", "?", "\"", "<", ">", "|"})
    void A4_each_character_forbidden_in_windows_folder_names_is_refused_with_its_position(String c) {
        assertThatThrownBy(() -> FolderSafeName.check("accountName", "Rossi" + c + "Srl", 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("accountName");
                    assertThat(e.messageKey()).isEqualTo("name.forbidden-character");
                    assertThat(e.arguments()).containsExactly(c, 6);
                });
    }

    @Test
    void A4_control_characters_are_refused() {
        assertThatThrownBy(() -> FolderSafeName.check("firstName", "Ma\tria", 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("name.control-character");
                    assertThat(e.arguments()).containsExactly(3);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rossi S.p.A.", "Rossi ", "Rossi\u00a0"})
    void A4_a_trailing_dot_or_space_is_refused(String name) {
        assertThatThrownBy(() -> FolderSafeName.check("companyName", name, 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("name.trailing-dot-or-space"));
    }

    @Test
    void A4_positions_count_from_what_was_typed_including_leading_blanks() {
        assertThatThrownBy(() -> FolderSafeName.check("lastName", "  De/Luca", 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly("/", 5));
    }

    @Test
    void A4_ordinary_names_with_accents_apostrophes_and_inner_dots_pass() {
        assertThat(FolderSafeName.check("accountName", "  Studio D'Amico & F.lli Ionescu-Șerban", 200))
                .isEqualTo("Studio D'Amico & F.lli Ionescu-Șerban");
    }

    @Test
    void A4_a_name_may_be_exactly_as_long_as_allowed_but_not_longer() {
        assertThat(FolderSafeName.check("firstName", "x".repeat(100), 100)).hasSize(100);
        assertThatThrownBy(() -> FolderSafeName.check("firstName", "x".repeat(101), 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("input.too-long"));
    }
}
