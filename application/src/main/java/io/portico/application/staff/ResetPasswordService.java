package io.portico.application.staff;

import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.application.staff.port.in.ResetPasswordUseCase;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;

/** G1: the new password from a reset link, which is used up only here, never by opening the page. */
public final class ResetPasswordService implements ResetPasswordUseCase {

    private final StaffPort staff;
    private final PasswordResetLinks links;
    private final CredentialEpochPort epochs;

    public ResetPasswordService(StaffPort staff, PasswordResetLinks links, CredentialEpochPort epochs) {
        this.staff = staff;
        this.links = links;
        this.epochs = epochs;
    }

    @Override
    public boolean isUsable(SecretToken token) {
        return links.usable(LinkPurpose.STAFF_PASSWORD_RESET, token);
    }

    @Override
    public void reset(ResetPasswordCommand command) {
        links.reset(LinkPurpose.STAFF_PASSWORD_RESET, command.token(), command.newPassword(), (holder, passwordHash, at) -> {
            StaffId member = new StaffId(holder.id());
            staff.changePasswordHash(member, passwordHash);
            epochs.raise(new CredentialHolder.Staff(member)); // whoever reset it, every open session ends
            return member;
        });
    }
}
