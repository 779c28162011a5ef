package io.portico.application.link;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.staff.port.out.StaffInvitationsPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.account.AccountId;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Every mailed link in maps, its rules from {@link MailedLink}; synchronized, so a redeem is atomic. */
public final class InMemoryMailedLinks implements MailedLinkPort, StaffInvitationsPort {

    private final Map<TokenHash, MailedLink> links = new LinkedHashMap<>();
    private final Map<TokenHash, Invitation> invitations = new HashMap<>();
    private final Map<TokenHash, PendingSignup> signups = new HashMap<>();
    private final Set<TokenHash> newLinkAsked = new HashSet<>();

    @Override
    public synchronized void issue(MailedLink link) {
        voidWhere(older -> older.voidedBy(link), link.issuedAt());
        links.put(link.tokenHash(), link);
    }

    @Override
    public synchronized void issue(Invitation invitation) {
        issue(invitation.link());
        invitations.put(invitation.tokenHash(), invitation);
    }

    @Override
    public synchronized void issueAlongside(Invitation invitation) {
        links.put(invitation.tokenHash(), invitation.link());
        invitations.put(invitation.tokenHash(), invitation);
    }

    @Override
    public synchronized void issue(PendingSignup signup) {
        issue(signup.link());
        signups.put(signup.tokenHash(), signup);
    }

    @Override
    public synchronized Map<StaffId, Instant> lastSent() {
        Map<StaffId, Instant> sent = new HashMap<>();
        links.values().stream().filter(link -> link.purpose() == LinkPurpose.STAFF_INVITATION)
                .forEach(link -> sent.merge(new StaffId(link.holder().id()), link.issuedAt(), (a, b) -> a.isAfter(b) ? a : b));
        return sent;
    }

    @Override
    public synchronized Optional<MailedLink> find(LinkPurpose purpose, TokenHash hash) {
        return Optional.ofNullable(links.get(hash)).filter(link -> link.purpose() == purpose);
    }

    @Override
    public synchronized Optional<Invitation> invitation(TokenHash hash) {
        return Optional.ofNullable(invitations.get(hash)).map(this::current);
    }

    @Override
    public synchronized Optional<PendingSignup> signup(TokenHash hash) {
        return Optional.ofNullable(signups.get(hash)).map(signup -> signup.with(links.get(hash)));
    }

    /** Every invitation as it stands now, for the fakes of the read side. */
    public synchronized java.util.List<Invitation> invitations() {
        return invitations.values().stream().map(this::current).toList();
    }

    @Override
    public synchronized Optional<Invitation> latestInvitation(EmailAddress email) {
        return invitations.values().stream()
                .filter(invitation -> invitation.link().holder().equals(LinkHolder.of(email)))
                .map(this::current)
                .max(Comparator.comparing(Invitation::sentAt));
    }

    @Override
    public synchronized Optional<MailedLink> redeem(LinkPurpose purpose, TokenHash hash, Instant now) {
        Optional<MailedLink> used = find(purpose, hash).flatMap(link -> link.redeemAt(now));
        used.ifPresent(link -> {
            links.put(hash, link);
            voidWhere(other -> other.voidedBy(link), now);
        });
        return used;
    }

    @Override
    public synchronized void voidOpen(LinkPurpose purpose, LinkHolder holder, Instant at) {
        voidWhere(link -> link.purpose() == purpose && link.holder().equals(holder), at);
    }

    @Override
    public synchronized void voidOpenInvitations(EmailAddress email, AccountId account, Instant at) {
        voidWhere(link -> Optional.ofNullable(invitations.get(link.tokenHash()))
                .filter(invitation -> invitation.account().equals(account) && invitation.link().holder().equals(LinkHolder.of(email)))
                .isPresent(), at);
    }

    @Override
    public synchronized boolean markNewLinkAsked(TokenHash hash, Instant at) {
        return invitations.containsKey(hash) && newLinkAsked.add(hash);
    }

    @Override
    public synchronized int purgeDead(Instant now) {
        Set<TokenHash> dead = new HashSet<>();
        links.values().stream().filter(link -> link.deadAt(now)).forEach(link -> dead.add(link.tokenHash()));
        links.keySet().removeAll(dead);
        signups.keySet().removeAll(dead);
        return dead.size();
    }

    private Invitation current(Invitation invitation) {
        return invitation.with(links.get(invitation.tokenHash()));
    }

    private void voidWhere(Predicate<MailedLink> which, Instant at) {
        links.replaceAll((hash, link) -> which.test(link) ? link.voidAt(at) : link);
    }
}
