package io.portico.application.portal;

import io.portico.application.portal.port.in.PortalSignInUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import java.time.Clock;
import java.util.Optional;

/** B11: the same answer, and about the same time, for an unknown address as for a wrong password. */
public final class PortalSignInService implements PortalSignInUseCase {

    /** Checked against when the address is unknown, so that an unknown address takes as long as a known one. */
    private final String decoyHash;

    private final PortalUserPort users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public PortalSignInService(PortalUserPort users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash("portico-decoy-password");
    }

    @Override
    public Optional<PortalUserId> signIn(EmailAddress email, String password) {
        Optional<PortalUser> user = users.findByEmail(email);
        boolean matches = hasher.matches(password == null ? "" : password, user.map(PortalUser::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            return Optional.empty();
        }
        // issue 10 item 9: a hash made with weaker settings is replaced while the password is at hand
        hasher.upgrade(password, user.get().passwordHash()).ifPresent(better -> users.changePasswordHash(user.get().id(), better));
        users.recordLogin(user.get().id(), clock.instant());
        return user.map(PortalUser::id);
    }
}
