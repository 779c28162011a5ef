package io.portico.mail.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.out.MailTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every template has its three files and every text in all five languages. */
class MailTemplateFilesTest {

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void every_template_has_an_html_a_text_and_a_subject_file(MailTemplate template) {
        for (String extension : new String[] {"html", "txt", "subject"}) {
            assertThat(MailTemplateFilesTest.class.getClassLoader().getResource("mail/" + template.templateName() + "." + extension))
                    .as(extension).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void every_language_translates_every_english_text(MailTemplate template) throws IOException {
        Properties english = bundle(template.templateName() + ".properties");
        assertThat(english).containsKey("subject");

        for (String language : ThymeleafMailRenderer.LANGUAGES) {
            if (language.equals("en")) {
                continue;
            }
            Properties translated = bundle(template.templateName() + "_" + language + ".properties");
            assertThat(translated.keySet()).as(language).containsExactlyInAnyOrderElementsOf(english.keySet());
            translated.forEach((key, value) -> assertThat((String) value).as(language + " " + key)
                    .isNotBlank()
                    .isNotEqualTo(english.getProperty((String) key)));
        }
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = resource(name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static InputStream resource(String name) {
        return MailTemplateFilesTest.class.getClassLoader().getResourceAsStream("mail/" + name);
    }
}
