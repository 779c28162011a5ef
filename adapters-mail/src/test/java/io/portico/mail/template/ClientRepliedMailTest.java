package io.portico.mail.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, item 9: a client's reply, mailed to each team member in the member's language. */
class ClientRepliedMailTest {

    private static final String LINK = "https://portico.example/account/1?tab=messages";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Rossi: a client replied to “Tax return”         | Hello Ana,  | Read the thread
            it | Rossi: un cliente ha risposto a “Tax return”    | Ciao Ana,   | Leggi la conversazione
            fr | Rossi : un client a répondu à « Tax return »    | Bonjour Ana, | Lire la conversation
            es | Rossi: un cliente ha respondido a «Tax return»  | Hola Ana:   | Leer la conversación
            ro | Rossi: un client a răspuns la „Tax return”      | Bună, Ana,  | Citește conversația
            """)
    void issue11_9_the_reply_mail_names_client_account_and_thread_quotes_the_text_and_links_the_messages_tab(
            String language, String subject, String greeting, String action) {
        OutgoingMail mail = new ThymeleafMailRenderer().render(new EmailAddress("ana@studio.example"), MailTemplate.CLIENT_REPLIED,
                Locale.of(language), Map.of("firstName", "Ana", "client", "mario@rossi.it", "accountName", "Rossi",
                        "subject", "Tax return", "text", "Signed <see attached>", "link", LINK));

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.textBody()).contains(greeting, "mario@rossi.it", "Signed <see attached>", action, LINK)
                .doesNotContain("??", "#{", "${");
        assertThat(mail.htmlBody()).contains(greeting, "Signed &lt;see attached&gt;", action, "href=\"" + LINK + "\"")
                .doesNotContain("??", "#{", "${");
    }
}
