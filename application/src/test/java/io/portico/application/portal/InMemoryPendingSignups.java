package io.portico.application.portal;

import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryPendingSignups implements PendingSignupPort {

    private final Map<TokenHash, PendingSignup> signups = new HashMap<>();

    @Override
    public synchronized void add(PendingSignup signup) {
        signups.put(signup.tokenHash(), signup);
    }

    @Override
    public synchronized Optional<PendingSignup> find(TokenHash hash) {
        return Optional.ofNullable(signups.get(hash));
    }

    @Override
    public synchronized Optional<PendingSignup> redeem(TokenHash hash, Instant now) {
        Optional<PendingSignup> open = find(hash).filter(signup -> signup.usableAt(now));
        open.ifPresent(s -> signups.put(hash,
                new PendingSignup(s.tokenHash(), s.request(), s.passwordHash(), s.createdAt(), s.expiresAt(), now)));
        return open.map(s -> signups.get(hash));
    }

    @Override
    public synchronized int purgeDead(Instant now) {
        int before = signups.size();
        signups.values().removeIf(link -> !link.usableAt(now));
        return before - signups.size();
    }
}
