package io.portico.application.staff;

import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.application.staff.port.in.ResetPasswordUseCase;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.StaffId;

/** G1: the new password from a reset link, which is used up only here, never by opening the page. */
public final class ResetPasswordService implements ResetPasswordUseCase {

    private final StaffPort staff;
    private final StaffPasswords passwords;
    private final PasswordResetLinks links;
    private final CredentialEpochPort epochs;

    public ResetPasswordService(StaffPort staff, StaffPasswords passwords, PasswordResetLinks links, CredentialEpochPort epochs) {
        this.staff = staff;
        this.passwords = passwords;
        this.links = links;
        this.epochs = epochs;
    }

    @Override
    public boolean isUsable(SecretToken token) {
        return links.usable(LinkPurpose.STAFF_PASSWORD_RESET, token);
    }

    /** A password-only context for a holder that is no member any more; the member's own otherwise. */
    private PasswordContext context(LinkHolder holder) {
        return staff.findById(new StaffId(holder.id()))
                .map(passwords::context)
                .orElseGet(PasswordContext::passwordOnly);
    }

    @Override
    public void reset(ResetPasswordCommand command) {
        links.reset(LinkPurpose.STAFF_PASSWORD_RESET, command.token(), command.newPassword(), this::context, (holder, passwordHash, at) -> {
            StaffId member = new StaffId(holder.id());
            staff.changePasswordHash(member, passwordHash);
            epochs.raise(new CredentialHolder.Staff(member)); // whoever reset it, every open session ends
            return member;
        });
    }
}
