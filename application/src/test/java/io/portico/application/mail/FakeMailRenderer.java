package io.portico.application.mail;

import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.RenderMailPort;
import io.portico.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes the template, language and model out plainly, so tests can read what a mail carries. */
public final class FakeMailRenderer implements RenderMailPort {

    @Override
    public OutgoingMail render(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model) {
        String body = template.templateName() + " [" + language.toLanguageTag() + "] " + new TreeMap<>(model);
        return new OutgoingMail(to, template.templateName(), "<p>" + body + "</p>", body);
    }
}
