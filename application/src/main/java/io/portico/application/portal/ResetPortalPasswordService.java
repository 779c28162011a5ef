package io.portico.application.portal;

import io.portico.application.portal.port.in.ResetPortalPasswordCommand;
import io.portico.application.portal.port.in.ResetPortalPasswordUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.PasswordResetLinks;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordContext;

/** B11: the new password from a reset link, which is used up only here; it signs the client in. */
public final class ResetPortalPasswordService implements ResetPortalPasswordUseCase {

    private final PortalUserPort users;
    private final PasswordResetLinks links;
    private final CredentialEpochPort epochs;

    public ResetPortalPasswordService(PortalUserPort users, PasswordResetLinks links, CredentialEpochPort epochs) {
        this.users = users;
        this.links = links;
        this.epochs = epochs;
    }

    @Override
    public boolean isUsable(SecretToken token) {
        return links.usable(LinkPurpose.PORTAL_PASSWORD_RESET, token);
    }

    /** A client resetting has no second factor to lean on yet; its address is no password. */
    private PasswordContext context(LinkHolder holder) {
        return PasswordContext.passwordOnly(users.findById(new PortalUserId(holder.id())).map(user -> user.email().value()).orElse(null));
    }

    @Override
    public PortalUserId reset(ResetPortalPasswordCommand command) {
        return links.reset(LinkPurpose.PORTAL_PASSWORD_RESET, command.token(), command.newPassword(), this::context, (holder, passwordHash, at) -> {
            PortalUserId user = new PortalUserId(holder.id());
            users.changePasswordHash(user, passwordHash);
            epochs.raise(new CredentialHolder.Portal(user)); // the other sessions end; the one signed in here starts anew
            users.recordLogin(user, at);
            return user;
        });
    }
}
