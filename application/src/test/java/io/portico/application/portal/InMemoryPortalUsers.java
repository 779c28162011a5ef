package io.portico.application.portal;

import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPortalUsers implements PortalUserPort {

    private final Map<PortalUserId, PortalUser> users = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(PortalUser user) {
        if (findByEmail(user.email()).isPresent()) {
            throw new InvalidInputException("email", "portal.user.exists", user.email().value());
        }
        users.put(user.id(), user);
    }

    @Override
    public Optional<PortalUser> findByEmail(EmailAddress email) {
        return users.values().stream().filter(u -> u.email().lookupKey().equals(email.lookupKey())).findFirst();
    }

    @Override
    public Optional<PortalUser> findById(PortalUserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public void changePasswordHash(PortalUserId id, String passwordHash) {
        users.computeIfPresent(id, (key, u) -> new PortalUser(u.id(), u.email(), passwordHash, u.createdAt(), u.lastLoginAt()));
    }

    @Override
    public void recordLogin(PortalUserId id, Instant at) {
        users.computeIfPresent(id, (key, u) -> new PortalUser(u.id(), u.email(), u.passwordHash(), u.createdAt(), Optional.of(at)));
    }
}
