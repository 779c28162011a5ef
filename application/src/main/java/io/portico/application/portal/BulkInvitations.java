package io.portico.application.portal;

import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.bulk.Invitee;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * B1 for a bulk edit (E3): what {@link Invitations#send} does for one address, for a chunk's addresses at once —
 * links issued (each voiding the address's older ones), mails queued in the contact's language, history written —
 * in the caller's transaction. The bulk edit has just turned LOGIN on for each, and none has a portal user.
 */
public final class BulkInvitations {

    private final MailedLinkPort links;
    private final PortalSettingsPort settings;
    private final PortalLinkMails mails;
    private final AccessAuditPort audit;

    public BulkInvitations(MailedLinkPort links, PortalSettingsPort settings, PortalLinkMails mails, AccessAuditPort audit) {
        this.links = links;
        this.settings = settings;
        this.mails = mails;
        this.audit = audit;
    }

    public void send(List<Invitee> invitees, String personalMessage, Actor by, Instant now) {
        if (invitees.isEmpty()) {
            return;
        }
        StaffId sender = by.staff().orElseThrow(() -> new IllegalArgumentException("invitations are sent by staff"));
        InvitationValidity validity = settings.load().invitationValidity();
        var invitations = new ArrayList<Invitation>(invitees.size());
        var letters = new ArrayList<PortalLinkMails.InvitationMail>(invitees.size());
        var history = new ArrayList<HistoryEntry>(invitees.size());
        for (Invitee invitee : invitees) {
            SecretToken token = SecretToken.generate();
            Invitation invitation = Invitation.send(token.hash(), invitee.account(), invitee.email(), personalMessage, sender, now, validity);
            invitations.add(invitation);
            letters.add(new PortalLinkMails.InvitationMail(invitee.email(), invitee.language(), invitee.accountName(),
                    invitation.personalMessage(), token));
            history.add(new HistoryEntry(invitee.account(), by, now, HistoryType.INVITATION_SENT, invitee.email().value()));
        }
        links.issueAll(invitations);
        mails.portalInvitations(letters, validity.days());
        audit.recordAll(history);
    }
}
