package io.portico.mail.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThymeleafMailRendererTest {

    private static final EmailAddress TO = new EmailAddress("ana@studio.example");
    private static final String LINK = "https://portico.example/reset-password?token=abc123&source=mail";

    private final ThymeleafMailRenderer renderer = new ThymeleafMailRenderer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Reset your Portico password              | Hello Ana,   | The link is valid for 60 minutes.     | If it wasn’t you, ignore this email
            it | Reimposta la tua password di Portico     | Ciao Ana,    | Il link è valido per 60 minuti.       | Se la richiesta non è partita da te, ignora questa email
            fr | Réinitialisez votre mot de passe Portico | Bonjour Ana, | Ce lien est valable 60 minutes.       | Si vous n’êtes pas à l’origine de cette demande, ignorez ce message
            es | Restablece tu contraseña de Portico      | Hola, Ana:   | El enlace es válido durante 60 minutos. | Si no has sido tú, ignora este correo
            ro | Resetează-ți parola Portico              | Bună, Ana,   | Linkul este valabil 60 de minute.     | Dacă nu ai fost tu, ignoră acest e-mail
            """)
    void renders_the_password_reset_mail_in_each_language_with_name_link_and_validity(
            String language, String subject, String greeting, String validity, String ignore) {
        OutgoingMail mail = reset(Locale.of(language), "Ana");

        assertThat(mail.to()).isEqualTo(TO);
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.textBody())
                .contains(greeting, LINK, validity, ignore)
                .doesNotContain("??", "#{", "${");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"" + language + "\">")
                .contains("<title>" + subject + "</title>")
                .contains(greeting, validity, ignore)
                // The link is an attribute and a visible fallback, both HTML-escaped.
                .contains("href=\"https://portico.example/reset-password?token=abc123&amp;source=mail\"")
                .contains(">https://portico.example/reset-password?token=abc123&amp;source=mail</a>")
                .doesNotContain("??", "#{", "${");
    }

    @Test
    void escapes_model_values_in_html_but_keeps_them_as_written_in_text() {
        OutgoingMail mail = reset(Locale.ENGLISH, "<b>x</b>");

        assertThat(mail.htmlBody()).contains("Hello &lt;b&gt;x&lt;/b&gt;,").doesNotContain("<b>x</b>");
        assertThat(mail.textBody()).contains("Hello <b>x</b>,");
    }

    @Test
    void falls_back_to_english_for_a_language_it_does_not_speak() {
        OutgoingMail mail = reset(Locale.GERMAN, "Ana");

        assertThat(mail.subject()).isEqualTo("Reset your Portico password");
        assertThat(mail.textBody()).contains("Hello Ana,");
        assertThat(mail.htmlBody()).contains("<html lang=\"en\">");
    }

    @Test
    void uses_the_language_of_a_regional_locale_and_english_for_no_locale() {
        assertThat(reset(Locale.CANADA_FRENCH, "Ana").subject()).isEqualTo("Réinitialisez votre mot de passe Portico");
        assertThat(reset(Locale.ROOT, "Ana").subject()).isEqualTo("Reset your Portico password");
    }

    @Test
    void keeps_the_subject_on_one_line_whatever_the_template_file_ends_with() {
        assertThat(reset(Locale.ENGLISH, "Ana").subject()).doesNotContain("\n", "\r").isEqualTo("Reset your Portico password");
    }

    @ParameterizedTest(name = "{0} minutes in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | en | valid for one minute.
            15  | en | valid for 15 minutes.
            1   | it | valido per un minuto.
            1   | fr | valable une minute.
            1   | es | válido durante un minuto.
            1   | ro | valabil un minut.
            19  | ro | valabil 19 minute.
            20  | ro | valabil 20 de minute.
            101 | ro | valabil 101 minute.
            120 | ro | valabil 120 de minute.
            """)
    void writes_the_validity_with_the_grammar_of_the_language(long minutes, String language, String expected) {
        OutgoingMail mail = renderer.render(TO, MailTemplate.STAFF_PASSWORD_RESET, Locale.of(language),
                Map.of("firstName", "Ana", "link", LINK, "validMinutes", minutes));

        assertThat(mail.textBody()).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void A6_the_team_mail_names_the_account_in_its_subject_title_and_text_inside_the_shared_frame() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.TEAM_ASSIGNED, Locale.ITALIAN,
                Map.of("firstName", "Marco", "assignedBy", "Anna Bianchi", "accountName", "Rossi Srl", "link", LINK));
        assertThat(mail.subject()).isEqualTo("Sei stato aggiunto al team di Rossi Srl");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"it\">")
                .contains("<title>Sei stato aggiunto al team di Rossi Srl</title>")
                .contains("Ciao Marco,", "Anna Bianchi ti ha aggiunto al team dell’account Rossi Srl.", "Vai all’account")
                .contains("background-color:#f3f4f6")
                .doesNotContain("??", "#{", "${", "{0}");
        assertThat(mail.textBody()).contains("Ciao Marco,", LINK);
    }

    @org.junit.jupiter.api.Test
    void B1_the_invitation_carries_the_personal_message_escaped_the_link_and_its_validity() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.PORTAL_INVITATION, Locale.FRENCH, Map.of("firmName", "Studio Bianchi",
                "accountName", "Rossi Srl", "personalMessage", "Bienvenue <b>Mario</b>", "link", LINK, "validDays", 7));
        assertThat(mail.subject()).isEqualTo("Studio Bianchi vous invite sur son portail client");
        assertThat(mail.htmlBody()).contains("Bienvenue &lt;b&gt;Mario&lt;/b&gt;", LINK.replace("&", "&amp;"), "Le lien fonctionne 7 jours et une seule fois.")
                .doesNotContain("<b>Mario", "??", "#{", "${", "{0}");
        assertThat(mail.textBody()).contains("Bienvenue <b>Mario</b>", LINK);
    }

    @org.junit.jupiter.api.Test
    void B1_an_invitation_without_a_personal_message_shows_none() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.PORTAL_INVITATION, Locale.ENGLISH, Map.of("firmName", "Studio Bianchi",
                "accountName", "Rossi Srl", "personalMessage", "", "link", LINK, "validDays", 7));
        assertThat(mail.htmlBody()).doesNotContain("white-space:pre-line");
    }

    @org.junit.jupiter.api.Test
    void B10_the_activation_mail_names_the_client_and_the_account() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.CLIENT_ACTIVATED, Locale.ITALIAN,
                Map.of("firstName", "Marco", "client", "mario@rossi.it", "accountName", "Rossi Srl", "link", LINK));
        assertThat(mail.subject()).isEqualTo("Un cliente di Rossi Srl ha attivato il portale");
        assertThat(mail.htmlBody()).contains("mario@rossi.it ha attivato il portale clienti dell’account Rossi Srl.",
                LINK.replace("&", "&amp;"));
    }

    @org.junit.jupiter.api.Test
    void B9_the_verification_mail_greets_the_client_and_carries_the_link_and_its_validity() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.PORTAL_SIGNUP_VERIFICATION, Locale.ITALIAN,
                Map.of("firmName", "Studio Bianchi", "firstName", "Mario", "link", LINK, "validHours", 24L));
        assertThat(mail.subject()).isEqualTo("Conferma la tua registrazione al portale clienti di Studio Bianchi");
        assertThat(mail.htmlBody()).contains("Ciao Mario,", "Il link funziona per 24 ore e una sola volta.", LINK.replace("&", "&amp;"))
                .doesNotContain("??", "#{", "${", "{0}");
        assertThat(mail.textBody()).contains("Ciao Mario,", LINK);
    }

    @org.junit.jupiter.api.Test
    void B9_a_known_address_is_told_how_to_log_in_or_reset_its_password() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ENGLISH,
                Map.of("firmName", "Studio Bianchi", "link", LINK));
        assertThat(mail.subject()).isEqualTo("You already have an account with Studio Bianchi");
        assertThat(mail.textBody()).contains("Forgot password", LINK).doesNotContain("??", "{0}");
    }

    @org.junit.jupiter.api.Test
    void B9_B10_the_signup_mail_names_the_client_and_the_new_account() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.CLIENT_SIGNED_UP, Locale.ENGLISH,
                Map.of("firstName", "Marco", "client", "mario@rossi.it", "accountName", "Mario Rossi", "link", LINK));
        assertThat(mail.subject()).isEqualTo("A new client signed up: Mario Rossi");
        assertThat(mail.textBody()).contains("mario@rossi.it signed up in the client portal; their new account is Mario Rossi.", LINK);
    }

    private OutgoingMail reset(Locale language, String firstName) {
        return renderer.render(TO, MailTemplate.STAFF_PASSWORD_RESET, language,
                Map.of("firstName", firstName, "link", LINK, "validMinutes", 60L));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Reset your password for the client portal of Studio Bianchi       | The link works for 60 minutes and only once.
            it | Reimposta la tua password del portale clienti di Studio Bianchi   | Il link funziona per 60 minuti e una sola volta.
            fr | Réinitialisez votre mot de passe du portail client de Studio Bianchi | Le lien fonctionne 60 minutes et une seule fois.
            es | Restablece tu contraseña del portal de clientes de Studio Bianchi | El enlace funciona durante 60 minutos y una sola vez.
            ro | Resetați parola pentru portalul pentru clienți al Studio Bianchi | Linkul funcționează 60 de minute și o singură dată.
            """)
    void B11_the_portal_reset_mail_names_the_firm_and_carries_the_link_and_its_validity(String language, String subject, String validity) {
        OutgoingMail mail = renderer.render(TO, MailTemplate.PORTAL_PASSWORD_RESET, Locale.of(language),
                Map.of("firmName", "Studio Bianchi", "link", LINK, "validMinutes", 60L));

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.textBody()).contains(LINK, validity, "Studio Bianchi").doesNotContain("??", "#{", "${", "{0}");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"" + language + "\">", "<title>" + subject + "</title>", validity)
                .contains("href=\"https://portico.example/reset-password?token=abc123&amp;source=mail\"")
                .contains(">https://portico.example/reset-password?token=abc123&amp;source=mail</a>")
                .doesNotContain("??", "#{", "${", "{0}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Join Studio Bianchi on Portico          | Anna Bianchi invites you to join Studio Bianchi on Portico.       | The link works for 7 days and only once.
            it | Unisciti a Studio Bianchi su Portico    | Anna Bianchi ti invita a unirti a Studio Bianchi su Portico.     | Il link funziona per 7 giorni e una sola volta.
            fr | Rejoignez Studio Bianchi sur Portico    | Anna Bianchi vous invite à rejoindre Studio Bianchi sur Portico. | Le lien fonctionne pendant 7 jours et une seule fois.
            es | Únete a Studio Bianchi en Portico       | Anna Bianchi te invita a unirte a Studio Bianchi en Portico.     | El enlace funciona durante 7 días y una sola vez.
            ro | Alătură-te echipei Studio Bianchi în Portico | Anna Bianchi te invită să te alături echipei Studio Bianchi în Portico. | Linkul funcționează 7 zile și o singură dată.
            """)
    void issue10_the_staff_invitation_names_who_invites_to_which_firm_and_carries_the_link_and_its_validity(String language, String subject,
                                                                                                       String intro, String validity) {
        OutgoingMail mail = renderer.render(TO, MailTemplate.STAFF_INVITATION, Locale.of(language), Map.of("firstName", "Marco",
                "invitedBy", "Anna Bianchi", "firmName", "Studio Bianchi", "link", LINK, "validDays", 7));

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.textBody()).contains("Marco", intro, LINK, validity).doesNotContain("??", "#{", "${", "{0}");
        assertThat(mail.htmlBody()).contains("<html lang=\"" + language + "\">", "Marco", intro, validity, LINK.replace("&", "&amp;"))
                .doesNotContain("??", "#{", "${", "{0}");
    }

    private static Map<String, Object> firm(String logoUrl) {
        var firm = new java.util.HashMap<String, Object>();
        firm.put("name", "Studio <Bianchi>");
        firm.put("logoUrl", logoUrl);
        firm.put("accent", "#aa3300");
        firm.put("address", "Via Roma 1, 20100 Milano");
        firm.put("phone", "+39 02 123456");
        firm.put("replyTo", "studio@bianchi.example");
        return firm;
    }

    @Test
    void issue11_a_client_mail_shows_the_firms_name_logo_and_accent_at_the_top_and_its_address_and_phone_at_the_foot() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN,
                Map.of("firmName", "Studio Bianchi", "link", LINK, "firm", firm("https://portico.example/firm-logo?v=3")));

        assertThat(mail.htmlBody())
                .contains("border-top:6px solid #aa3300")
                .contains("<img src=\"https://portico.example/firm-logo?v=3\"", "alt=\"Studio &lt;Bianchi&gt;\"")
                .contains(">Studio &lt;Bianchi&gt;</p>")
                .contains("Via Roma 1, 20100 Milano", "+39 02 123456", "href=\"mailto:studio@bianchi.example\"")
                .doesNotContain("<Bianchi>", "??", "${");
    }

    @Test
    void issue11_without_a_logo_the_frame_shows_the_name_alone() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN,
                Map.of("firmName", "Studio Bianchi", "link", LINK, "firm", firm(null)));

        assertThat(mail.htmlBody()).doesNotContain("<img").contains(">Studio &lt;Bianchi&gt;</p>");
    }

    @Test
    void issue11_a_staff_mail_has_no_firm_frame() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.TEAM_ASSIGNED, Locale.ENGLISH,
                Map.of("firstName", "Ana", "assignedBy", "Luca", "accountName", "Rossi Srl", "link", LINK));

        assertThat(mail.htmlBody()).doesNotContain("border-top:6px", "mailto:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Reminder: Studio Bianchi invites you to its client portal       | expires in 2 days.
            it | Promemoria: Studio Bianchi ti invita al suo portale clienti    | scade tra 2 giorni.
            fr | Rappel : Studio Bianchi vous invite sur son portail client     | expire dans 2 jours.
            es | Recordatorio: Studio Bianchi te invita a su portal de clientes | caduca en 2 días.
            ro | Memento: Studio Bianchi te invită pe portalul său pentru clienți | expiră în 2 zile.
            """)
    void issue11_the_invitation_reminder_in_each_language_says_when_the_invitation_expires_and_carries_a_link(
            String language, String subject, String expires) {
        OutgoingMail mail = renderer.render(TO, MailTemplate.INVITATION_REMINDER, Locale.of(language), Map.of("firmName", "Studio Bianchi",
                "accountName", "Rossi Srl", "link", LINK, "validDays", 7, "expiresInDays", 2));

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.textBody()).contains("Rossi Srl", expires, LINK).doesNotContain("??", "#{", "${");
        assertThat(mail.htmlBody()).contains(expires).contains("token=abc123&amp;source=mail").doesNotContain("??", "#{", "${");
    }

    @Test
    void issue11_a_reminder_one_day_before_says_one_day() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.INVITATION_REMINDER, Locale.ENGLISH, Map.of("firmName", "Studio Bianchi",
                "accountName", "Rossi Srl", "link", LINK, "validDays", 7, "expiresInDays", 1));

        assertThat(mail.textBody()).contains("expires in one day.");
    }
}
