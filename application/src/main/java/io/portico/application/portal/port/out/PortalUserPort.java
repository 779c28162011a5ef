package io.portico.application.portal.port.out;

import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Optional;

/** Portal users, one per email address whatever its capitals. */
public interface PortalUserPort {

    /** @throws io.portico.domain.shared.InvalidInputException on "email" when the address already has a portal user */
    void add(PortalUser user);

    Optional<PortalUser> findByEmail(EmailAddress email);

    Optional<PortalUser> findById(PortalUserId id);

    void changePasswordHash(PortalUserId id, String passwordHash);

    void recordLogin(PortalUserId id, Instant at);
}
