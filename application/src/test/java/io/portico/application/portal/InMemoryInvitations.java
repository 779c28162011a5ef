package io.portico.application.portal;

import io.portico.application.portal.port.out.InvitationPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.Invitation;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class InMemoryInvitations implements InvitationPort {

    private final List<Invitation> invitations = new ArrayList<>();
    private final Set<TokenHash> newLinkAsked = new HashSet<>();

    @Override
    public synchronized void add(Invitation invitation) {
        invitations.add(invitation);
    }

    @Override
    public synchronized Optional<Invitation> find(TokenHash hash) {
        return invitations.stream().filter(i -> i.tokenHash().equals(hash)).findFirst();
    }

    @Override
    public synchronized Optional<Invitation> latest(EmailAddress email) {
        return invitations.stream().filter(i -> sameAddress(i, email)).max(Comparator.comparing(Invitation::sentAt));
    }

    @Override
    public synchronized void voidOpen(EmailAddress email, Instant at) {
        invitations.replaceAll(i -> sameAddress(i, email) && !i.voided() ? with(i, i.usedAt(), at) : i);
    }

    @Override
    public synchronized void voidOpen(AccountId account, EmailAddress email, Instant at) {
        invitations.replaceAll(i -> i.account().equals(account) && sameAddress(i, email) && !i.voided() ? with(i, i.usedAt(), at) : i);
    }

    @Override
    public synchronized Optional<Invitation> redeem(TokenHash hash, Instant now) {
        Optional<Invitation> open = find(hash).filter(i -> i.usableAt(now));
        open.ifPresent(i -> invitations.replaceAll(other -> other == i ? with(i, now, null) : other));
        return open.flatMap(i -> find(hash));
    }

    @Override
    public synchronized boolean markNewLinkAsked(TokenHash hash, Instant at) {
        return find(hash).isPresent() && newLinkAsked.add(hash);
    }

    private static boolean sameAddress(Invitation invitation, EmailAddress email) {
        return invitation.email().lookupKey().equals(email.lookupKey());
    }

    private static Invitation with(Invitation i, Instant usedAt, Instant voidedAt) {
        return new Invitation(i.tokenHash(), i.account(), i.email(), i.personalMessage(), i.invitedBy(), i.sentAt(), i.expiresAt(),
                usedAt, voidedAt);
    }
}
