package io.portico.application.mail;

import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.RenderMailPort;
import io.portico.domain.shared.EmailAddress;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** Renders a mail and puts it in the outbox, inside the caller's transaction. */
public final class MailQueue {

    private final RenderMailPort renderer;
    private final MailOutboxPort outbox;
    private final Clock clock;

    public MailQueue(RenderMailPort renderer, MailOutboxPort outbox, Clock clock) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void queue(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model) {
        outbox.enqueue(renderer.render(to, template, language, model), clock.instant());
    }
}
