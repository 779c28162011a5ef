package io.portico.mail.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.EmailAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 11, items 1–4: the client notification and the daily digest, in each language, with C3's banner while pending. */
class NotificationMailTemplatesTest {

    private static final EmailAddress TO = new EmailAddress("mario@rossi.it");
    private static final String ACTIVATE = "https://portico.example/portal/activate?token=abc&x=1";

    private final ThymeleafMailRenderer renderer = new ThymeleafMailRenderer();

    private static Map<String, Object> item(NotificationEvent event, String... args) {
        return Map.of("accountName", "Rossi Srl", "event", event.name(), "args", List.of(args),
                "text", event == NotificationEvent.MESSAGE_RECEIVED ? args[1] : "");
    }

    private static Map<String, Object> model(Map<String, Object> content, String activationLink) {
        Map<String, Object> model = new HashMap<>(content);
        model.put("firmName", "Studio Bianchi");
        model.put("activationLink", activationLink);
        model.put("portalLink", "https://portico.example/portal/login");
        return model;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | New invoice 2026/7    | Invoice 2026/7 for Rossi Srl was issued: € 120.
            it | Nuova fattura 2026/7  | È stata emessa la fattura 2026/7 per Rossi Srl: € 120.
            fr | Nouvelle facture 2026/7 | La facture 2026/7 pour Rossi Srl a été émise : € 120.
            es | Nueva factura 2026/7  | Se ha emitido la factura 2026/7 para Rossi Srl: € 120.
            ro | Factură nouă 2026/7   | Factura 2026/7 pentru Rossi Srl a fost emisă: € 120.
            """)
    void issue11_a_notification_is_written_in_the_recipients_language(String language, String subject, String intro) {
        OutgoingMail mail = renderer.render(TO, MailTemplate.CLIENT_NOTIFICATION, Locale.of(language),
                model(item(NotificationEvent.INVOICE_ISSUED, "2026/7", "€ 120", ""), ""));

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.textBody()).contains(intro, "https://portico.example/portal/login", "Studio Bianchi");
        assertThat(mail.htmlBody()).contains("lang=\"" + language + "\"", "2026/7", "Rossi Srl");
    }

    @ParameterizedTest
    @EnumSource(NotificationEvent.class)
    void C2_every_event_has_its_subject_and_intro_in_every_language(NotificationEvent event) {
        for (String language : ThymeleafMailRenderer.LANGUAGES) {
            OutgoingMail mail = renderer.render(TO, MailTemplate.CLIENT_NOTIFICATION, Locale.of(language),
                    model(item(event, "A1", "B2", "C3"), ""));
            assertThat(mail.subject()).as(language).contains("A1").doesNotContain("??");
            assertThat(mail.textBody()).as(language).contains("Rossi Srl").doesNotContain("??");
        }
    }

    @Test
    void issue11_a_message_shows_its_subject_text_and_sender() {
        OutgoingMail mail = renderer.render(TO, MailTemplate.CLIENT_NOTIFICATION, Locale.ENGLISH,
                model(item(NotificationEvent.MESSAGE_RECEIVED, "Your tax return", "Please send\nthe receipts <today>", "Anna Bianchi"), ""));

        assertThat(mail.subject()).isEqualTo("Message: Your tax return");
        assertThat(mail.textBody()).contains("Anna Bianchi sent a message for Rossi Srl: Your tax return", "Please send\nthe receipts <today>");
        assertThat(mail.htmlBody()).contains("the receipts &lt;today&gt;");
    }

    @Test
    void C3_the_banner_with_its_link_leads_the_mail_only_while_pending() {
        OutgoingMail pending = renderer.render(TO, MailTemplate.CLIENT_NOTIFICATION, Locale.ITALIAN,
                model(item(NotificationEvent.DOCUMENT_UPLOADED, "F24.pdf", "", ""), ACTIVATE));
        OutgoingMail active = renderer.render(TO, MailTemplate.CLIENT_NOTIFICATION, Locale.ITALIAN,
                model(item(NotificationEvent.DOCUMENT_UPLOADED, "F24.pdf", "", ""), ""));

        assertThat(pending.textBody().strip()).startsWith("Attiva il tuo account").contains(ACTIVATE);
        assertThat(pending.htmlBody()).contains("Attiva il tuo account", "href=\"" + ACTIVATE.replace("&", "&amp;") + "\"");
        assertThat(pending.htmlBody().indexOf("Attiva il tuo account")).isLessThan(pending.htmlBody().lastIndexOf("F24.pdf"));
        assertThat(active.textBody()).doesNotContain("Attiva il tuo account", "activate");
        assertThat(active.htmlBody()).doesNotContain("Attiva il tuo account");
    }

    @Test
    void issue11_a_digest_lists_each_item_of_the_day_in_one_mail() {
        OutgoingMail digest = renderer.render(TO, MailTemplate.NOTIFICATION_DIGEST, Locale.FRENCH, model(Map.of("items", List.of(
                item(NotificationEvent.INVOICE_ISSUED, "2026/7", "€ 120", ""),
                item(NotificationEvent.MESSAGE_RECEIVED, "Bilan", "Voici le bilan", "Anna"))), ACTIVATE));

        assertThat(digest.subject()).isEqualTo("Votre récapitulatif quotidien de Studio Bianchi");
        assertThat(digest.textBody()).contains("Activez votre compte", ACTIVATE, "La facture 2026/7 pour Rossi Srl a été émise : € 120.",
                "Anna a envoyé un message pour Rossi Srl : Bilan", "Voici le bilan");
        assertThat(digest.htmlBody()).contains("Voici le bilan", "Activez votre compte");
    }
}
