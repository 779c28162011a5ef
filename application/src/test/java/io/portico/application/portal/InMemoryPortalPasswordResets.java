package io.portico.application.portal;

import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.domain.portal.PortalPasswordResetTicket;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPortalPasswordResets implements PortalPasswordResetPort {

    private final Map<TokenHash, PortalPasswordResetTicket> tickets = new ConcurrentHashMap<>();

    @Override
    public synchronized void issue(PortalPasswordResetTicket ticket, Instant now) {
        closeOpenTicketsOf(ticket.userId(), now);
        tickets.put(ticket.tokenHash(), ticket);
    }

    @Override
    public Optional<PortalPasswordResetTicket> find(TokenHash hash) {
        return Optional.ofNullable(tickets.get(hash));
    }

    @Override
    public synchronized Optional<PortalUserId> redeem(TokenHash hash, Instant now) {
        Optional<PortalUserId> user = find(hash).filter(t -> t.usableAt(now)).map(PortalPasswordResetTicket::userId);
        user.ifPresent(id -> closeOpenTicketsOf(id, now));
        return user;
    }

    private void closeOpenTicketsOf(PortalUserId user, Instant now) {
        tickets.replaceAll((key, t) -> t.userId().equals(user) ? t.closedAt(now) : t);
    }

    @Override
    public synchronized int purgeDead(Instant now) {
        int before = tickets.size();
        tickets.values().removeIf(link -> !link.usableAt(now));
        return before - tickets.size();
    }
}
