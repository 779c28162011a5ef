package io.portico.application.mail;

import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.RenderMailPort;
import io.portico.domain.shared.EmailAddress;
import java.time.Clock;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

    /** @return the queued mail's id */
    public UUID queue(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model) {
        return queue(to, template, language, model, List.of());
    }

    /** @return the queued mail's id */
    public UUID queue(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model,
                      List<FileAttachment> attachments) {
        return outbox.enqueue(renderer.render(to, template, language, model).withAttachments(attachments), clock.instant());
    }

    /** Many mails rendered and queued in one batch. @return their ids, in the order asked */
    public List<UUID> queueAll(List<Request> requests) {
        return outbox.enqueueAll(requests.stream().map(request -> renderer.render(request.to(), request.template(),
                request.language(), request.model()).withAttachments(request.attachments())).toList(), clock.instant());
    }

    /** One mail of {@link #queueAll}. */
    public record Request(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model,
                          List<FileAttachment> attachments) {

        public Request {
            model = Map.copyOf(model);
            attachments = List.copyOf(attachments);
        }
    }
}
