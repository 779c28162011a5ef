package io.portico.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranslationsTest {

    private static Properties bundle(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "fr", "es", "ro"})
    void every_ui_string_exists_in_every_language(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);
        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.stringPropertyNames()).allSatisfy(key -> assertThat(translated.getProperty(key)).isNotBlank());
    }

    /** Properties keep the last of two equal keys silently: parts added in parallel must not both define one. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_it", "_fr", "_es", "_ro"})
    void no_key_is_defined_twice(String suffix) throws IOException {
        var keys = new ArrayList<String>();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("=") && !line.stripLeading().startsWith("#"))
                    .forEach(line -> keys.add(line.substring(0, line.indexOf('=')).strip()));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "fr", "es", "ro"})
    void the_provider_answers_in_the_chosen_language_and_in_english_otherwise(String language) {
        var provider = new PorticoI18NProvider();
        assertThat(provider.getTranslation("login.submit", Locale.forLanguageTag(language)))
                .isNotEqualTo(provider.getTranslation("login.submit", Locale.ENGLISH));
        assertThat(provider.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Sign in");
        assertThat(provider.getTranslation("error.input.too-long", Locale.forLanguageTag(language), 200)).contains("200");
    }
}
