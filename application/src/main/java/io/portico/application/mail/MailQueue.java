package io.portico.application.mail;

import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.RenderMailPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.LoadFirmIdentityPort;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Renders a mail and puts it in the outbox, inside the caller's transaction. A mail to a client is framed with
 * the firm's identity, replies to the firm, and is copied to the firm when it asks (issue 11, items 6 and 7).
 */
public final class MailQueue {

    private final RenderMailPort renderer;
    private final MailOutboxPort outbox;
    private final Optional<ClientMails> clientMails;
    private final Clock clock;

    public MailQueue(RenderMailPort renderer, MailOutboxPort outbox, LoadFirmIdentityPort firm, Links links, Clock clock) {
        this(renderer, outbox, Optional.of(new ClientMails(firm, links)), clock);
    }

    /** A queue that frames no mail with a firm's identity: for the tests of features that do not look at it. */
    public MailQueue(RenderMailPort renderer, MailOutboxPort outbox, Clock clock) {
        this(renderer, outbox, Optional.empty(), clock);
    }

    private MailQueue(RenderMailPort renderer, MailOutboxPort outbox, Optional<ClientMails> clientMails, Clock clock) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.clientMails = clientMails;
        this.clock = clock;
    }

    /** @return the queued mail's id */
    public UUID queue(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model) {
        return queue(to, template, language, model, List.of());
    }

    /** @return the queued mail's id (not its copy's) */
    public UUID queue(EmailAddress to, MailTemplate template, Locale language, Map<String, Object> model,
                      List<FileAttachment> attachments) {
        return queueAll(List.of(new Request(to, template, language, model, attachments))).getFirst();
    }

    /**
     * Many mails rendered and queued in one batch (a bulk email's thousands), the firm's identity read once for
     * all. @return their ids, in the order asked (not their copies')
     */
    public List<UUID> queueAll(List<Request> requests) {
        Optional<FirmIdentity> identity = clientMails.flatMap(ClientMails::identity);
        List<OutgoingMail> mails = new ArrayList<>(requests.size());
        List<OutgoingMail> copies = new ArrayList<>();
        for (Request request : requests) {
            Optional<FirmIdentity> framing = identity.filter(firm -> request.template().audience() == MailTemplate.Audience.CLIENT);
            OutgoingMail mail = render(request, framing);
            mails.add(mail);
            framing.flatMap(firm -> clientMails.orElseThrow().copy(request.template(), request.model(), mail, firm))
                    .ifPresent(copies::add);
        }
        Instant now = clock.instant();
        List<UUID> ids = outbox.enqueueAll(mails, now);
        outbox.enqueueAll(copies, now);
        return ids;
    }

    private OutgoingMail render(Request request, Optional<FirmIdentity> framing) {
        if (framing.isEmpty()) {
            return renderer.render(request.to(), request.template(), request.language(), request.model())
                    .withAttachments(request.attachments());
        }
        ClientMails mails = clientMails.orElseThrow();
        return mails.repliesToFirm(renderer.render(request.to(), request.template(), request.language(),
                mails.framed(request.model(), framing.get())).withAttachments(request.attachments()), framing.get());
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
