package io.portico.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void issue11_each_of_the_five_is_known_by_its_code_whatever_the_capitals_and_spaces() {
        assertThat(Language.of("language", "en")).isEqualTo(Language.EN);
        assertThat(Language.of("language", " IT ")).isEqualTo(Language.IT);
        assertThat(Language.of("language", "fr")).isEqualTo(Language.FR);
        assertThat(Language.of("language", "es")).isEqualTo(Language.ES);
        assertThat(Language.of("language", "ro")).isEqualTo(Language.RO);
    }

    @Test
    void issue11_another_language_is_refused_naming_the_field() {
        assertThatThrownBy(() -> Language.of("contactLanguage", "de")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("contactLanguage");
            assertThat(e.messageKey()).isEqualTo("language.unknown");
            assertThat(e.arguments()).containsExactly("de");
        });
        assertThatThrownBy(() -> Language.of("language", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void issue11_a_page_language_outside_the_five_falls_back_to_english() {
        assertThat(Language.orEnglish(Locale.ITALY)).isEqualTo(Language.IT);
        assertThat(Language.orEnglish(Locale.of("ro"))).isEqualTo(Language.RO);
        assertThat(Language.orEnglish(Locale.GERMAN)).isEqualTo(Language.EN);
    }

    @Test
    void a_language_gives_its_code_and_locale() {
        assertThat(Language.FR.code()).isEqualTo("fr");
        assertThat(Language.FR.locale()).isEqualTo(Locale.FRENCH);
    }
}
