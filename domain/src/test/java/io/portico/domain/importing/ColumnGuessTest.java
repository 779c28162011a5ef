package io.portico.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnGuessTest {

    @Test
    void issue12_5_the_usual_headers_of_the_five_languages_are_recognised() {
        assertThat(ColumnGuess.guess(List.of("Nome", "Cognome", "E-mail", "Telefono", "Città", "CAP"), List.of())).extracting(ColumnTarget::field)
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.CITY,
                        ImportField.POSTAL_CODE);
        assertThat(ColumnGuess.guess(List.of("Prénom", "Nom", "Courriel", "Société", "Pays"), List.of())).extracting(ColumnTarget::field)
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.COMPANY_NAME,
                        ImportField.COUNTRY);
        assertThat(ColumnGuess.guess(List.of("Nombre", "Apellido", "Correo electrónico", "Idioma"), List.of()))
                .extracting(ColumnTarget::field)
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.LANGUAGE);
        assertThat(ColumnGuess.guess(List.of("Prenume", "Nume", "Adresă email", "Județ"), List.of())).extracting(ColumnTarget::field)
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.REGION);
        assertThat(ColumnGuess.guess(List.of("First Name", "Last Name", "Type", "Account name", "Tags", "Contact tags", "Street"),
                List.of())).extracting(ColumnTarget::field)
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.TYPE, ImportField.ACCOUNT_NAME,
                        ImportField.ACCOUNT_TAGS, ImportField.CONTACT_TAGS, ImportField.STREET);
    }

    @Test
    void issue12_5_several_address_columns_are_all_emails_but_another_field_only_its_first_column() {
        assertThat(ColumnGuess.guess(List.of("Email", "Email 2", "mail3", "Phone", "Telephone", "Notes"), List.of()))
                .containsExactly(ColumnTarget.of(ImportField.EMAIL), ColumnTarget.of(ImportField.EMAIL), ColumnTarget.of(ImportField.EMAIL),
                        ColumnTarget.of(ImportField.PHONE), ColumnTarget.IGNORED, ColumnTarget.IGNORED);
    }

    @Test
    void issue12_5_a_custom_field_is_recognised_by_its_name_in_its_scope() {
        var code = CustomField.create(CustomFieldScope.ACCOUNT, "Codice fiscale", CustomFieldType.TEXT, List.of());
        var birthday = CustomField.create(CustomFieldScope.CONTACT, "Birthday", CustomFieldType.DATE, List.of());
        assertThat(ColumnGuess.guess(List.of("codice FISCALE", "birthday"), List.of(code, birthday))).containsExactly(
                ColumnTarget.custom(ImportField.ACCOUNT_CUSTOM_FIELD, code.id()), ColumnTarget.custom(ImportField.CONTACT_CUSTOM_FIELD, birthday.id()));
    }

    @Test
    void names_compare_without_capitals_accents_or_punctuation() {
        assertThat(ColumnGuess.normalised(" Prénom-Client_2 ")).isEqualTo("prenomclient2");
    }
}
