package io.portico.mail.template;

import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.RenderMailPort;
import io.portico.domain.shared.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from {@code mail/} on the classpath. Each template has three files sharing one name —
 * {@code <name>.html}, {@code <name>.txt} and {@code <name>.subject} — and one message bundle per language,
 * {@code <name>.properties} (English) and {@code <name>_it.properties} etc. Thymeleaf's standard message
 * resolver finds the bundle next to the template it is rendering, so all three files share the same texts.
 */
@Component
class ThymeleafMailRenderer implements RenderMailPort {

    static final Set<String> LANGUAGES = Set.of("en", "it", "fr", "es", "ro");

    private final TemplateEngine engine = new TemplateEngine();

    ThymeleafMailRenderer() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html"));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", "*.subject"));
    }

    @Override
    public OutgoingMail render(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model) {
        Context context = new Context(supported(language), model);
        String name = template.templateName();
        return new OutgoingMail(
                to,
                oneLine(engine.process(name + ".subject", context)),
                engine.process(name + ".html", context),
                engine.process(name + ".txt", context));
    }

    // Normalising here (rather than leaving it to the bundle lookup) keeps lang="…" and number formats in step
    // with the texts actually used, and avoids Thymeleaf's error for a locale with no language.
    private static Locale supported(Locale language) {
        String code = language == null ? "" : language.getLanguage();
        return LANGUAGES.contains(code) ? Locale.of(code) : Locale.ENGLISH;
    }

    // A subject is a header: line breaks from the template file or the model must not reach it.
    private static String oneLine(String subject) {
        return subject.strip().replaceAll("\\s+", " ");
    }

    private ClassLoaderTemplateResolver resolver(TemplateMode mode, String... patterns) {
        var resolver = new ClassLoaderTemplateResolver(ThymeleafMailRenderer.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(patterns));
        // Also the encoding the message bundles are read with.
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        return resolver;
    }
}
