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
        Instant now = clock.instant();
        Optional<FirmIdentity> identity = clientMails.flatMap(mails -> mails.identityFor(template));
        if (identity.isEmpty()) {
            return outbox.enqueue(renderer.render(to, template, language, model).withAttachments(attachments), now);
        }
        ClientMails mails = clientMails.orElseThrow();
        OutgoingMail mail = mails.repliesToFirm(renderer.render(to, template, language, mails.framed(model, identity.get()))
                .withAttachments(attachments), identity.get());
        UUID id = outbox.enqueue(mail, now);
        mails.copy(template, mail, identity.get()).ifPresent(copy -> outbox.enqueue(copy, now));
        return id;
    }
}
