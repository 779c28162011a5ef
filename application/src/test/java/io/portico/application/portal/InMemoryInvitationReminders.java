package io.portico.application.portal;

import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.portal.port.out.DueReminder;
import io.portico.application.portal.port.out.InvitationReminderPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.portal.Invitation;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reminders over the in-memory links, users and access; synchronized, so a claim is atomic. */
public final class InMemoryInvitationReminders implements InvitationReminderPort {

    private final InMemoryMailedLinks links;
    private final PortalUserPort users;
    private final PortalAccessPort access;
    private final Set<TokenHash> reminded = new HashSet<>();

    public InMemoryInvitationReminders(InMemoryMailedLinks links, PortalUserPort users, PortalAccessPort access) {
        this.links = links;
        this.users = users;
        this.access = access;
    }

    @Override
    public synchronized List<DueReminder> claimDue(Instant now, Duration before, int limit) {
        List<Invitation> due = links.invitations().stream()
                .filter(invitation -> !reminded.contains(invitation.tokenHash()))
                .filter(invitation -> invitation.usableAt(now) && !invitation.expiresAt().isAfter(now.plus(before)))
                .filter(invitation -> access.loginOn(invitation.account(), invitation.email()))
                .filter(invitation -> users.findByEmail(invitation.email()).isEmpty())
                .sorted(Comparator.comparing(Invitation::expiresAt))
                .limit(limit)
                .toList();
        due.forEach(invitation -> reminded.add(invitation.tokenHash()));
        return due.stream().map(invitation -> new DueReminder(invitation.account(), invitation.email(), invitation.expiresAt())).toList();
    }

    @Override
    public synchronized void markReminded(EmailAddress email, Instant now) {
        links.invitations().stream().filter(invitation -> invitation.email().equals(email) && invitation.usableAt(now))
                .forEach(invitation -> reminded.add(invitation.tokenHash()));
    }
}
