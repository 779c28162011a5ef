package io.portico.application.portal;

import io.portico.application.portal.port.in.ChangePortalPasswordCommand;
import io.portico.application.portal.port.in.ChangePortalPasswordUseCase;
import io.portico.application.portal.port.in.PortalProfile;
import io.portico.application.portal.port.in.PortalProfileQuery;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Optional;

/** B7, B11: the client's own profile and password. */
public final class PortalProfileService implements PortalProfileQuery, ChangePortalPasswordUseCase {

    private final PortalUserPort users;
    private final PasswordHasher hasher;
    private final CredentialEpochPort epochs;

    public PortalProfileService(PortalUserPort users, PasswordHasher hasher, CredentialEpochPort epochs) {
        this.users = users;
        this.hasher = hasher;
        this.epochs = epochs;
    }

    @Override
    public Optional<PortalProfile> profile(PortalUserId user) {
        return users.findById(user).map(found -> new PortalProfile(found.email()));
    }

    @Override
    public long change(ChangePortalPasswordCommand command) {
        Optional<PortalUser> found = users.findById(command.user());
        found.ifPresent(user -> PasswordPolicy.check("newPassword", command.newPassword(),
                PasswordContext.passwordOnly(user.email().value())));
        PortalUser user = found
                .filter(candidate -> hasher.matches(command.currentPassword(), candidate.passwordHash()))
                .orElseThrow(() -> new InvalidInputException("currentPassword", "password.current-wrong"));
        users.changePasswordHash(user.id(), hasher.hash(command.newPassword()));
        return epochs.raise(new CredentialHolder.Portal(user.id()));
    }
}
