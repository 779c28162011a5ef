package io.portico.application.notification;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.portal.Invitations;
import io.portico.application.shared.port.out.Links;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a notification mail and a digest are written from: the event's texts, the firm, and C3's banner. */
public final class NotificationMails {

    /** The most parameters an event has; templates address them as args[0..2]. */
    private static final int ARGS = 3;

    private final Invitations invitations;
    private final Links links;
    private final FirmQuery firm;

    public NotificationMails(Invitations invitations, Links links, FirmQuery firm) {
        this.invitations = invitations;
        this.links = links;
        this.firm = firm;
    }

    /** One event's part of a mail: whose account, which event, its parameters in order, and any text it carries. */
    static Map<String, Object> item(String accountName, NotificationEvent event, Map<String, String> parameters) {
        List<String> args = new ArrayList<>(event.parameters().stream().map(parameters::get).toList());
        while (args.size() < ARGS) {
            args.add("");
        }
        return Map.of("accountName", accountName, "event", event.name(), "args", args,
                "text", parameters.getOrDefault("text", ""));
    }

    /** The firm's name as the mails sign with it; read once for a batch of mails, not once a mail. */
    String firmName() {
        return firm.firm().map(f -> f.name().value()).orElse("");
    }

    /** The frame around one item or a digest's items; {@code activationLink} is C3's banner, empty for none. */
    Map<String, Object> model(Map<String, Object> content, String activationLink, String firmName) {
        Map<String, Object> model = new HashMap<>(content);
        model.put("firmName", firmName);
        model.put("activationLink", activationLink);
        model.put("portalLink", links.portalLogin());
        return model;
    }

    /**
     * C3: a fresh invitation link beside the open one, for a pending address's banner; none when the address was
     * never invited (staff turned LOGIN on and skipped the invitation), so there is nothing to activate from.
     */
    String activationLink(EmailAddress email, Instant now) {
        return invitations.anotherLink(email, now).map(links::portalActivation).orElse("");
    }
}
