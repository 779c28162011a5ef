package io.portico.application.mail.port.out;

import io.portico.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Map;

/** Fills a template in the given language (falling back to English). */
public interface RenderMailPort {

    OutgoingMail render(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model);
}
