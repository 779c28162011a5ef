package io.portico.application.staff;

import io.portico.application.staff.port.out.PasswordResetTicketPort;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPasswordResetTickets implements PasswordResetTicketPort {

    private final Map<TokenHash, PasswordResetTicket> tickets = new ConcurrentHashMap<>();

    @Override
    public void save(PasswordResetTicket ticket) {
        tickets.put(ticket.tokenHash(), ticket);
    }

    @Override
    public Optional<PasswordResetTicket> find(TokenHash hash) {
        return Optional.ofNullable(tickets.get(hash));
    }

    @Override
    public synchronized Optional<StaffId> redeem(TokenHash hash, Instant now) {
        Optional<StaffId> staffId = find(hash).filter(t -> t.usableAt(now)).map(PasswordResetTicket::staffId);
        staffId.ifPresent(id -> tickets.replaceAll((key, t) -> t.staffId().equals(id) && t.usedAt() == null
                ? new PasswordResetTicket(t.staffId(), t.tokenHash(), t.expiresAt(), now) : t));
        return staffId;
    }

    @Override
    public synchronized int purgeDead(Instant now) {
        int before = tickets.size();
        tickets.values().removeIf(link -> !link.usableAt(now));
        return before - tickets.size();
    }
}
