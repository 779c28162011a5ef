package io.portico.application.staff;

import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.application.staff.port.in.ResetPasswordUseCase;
import io.portico.application.staff.port.out.FirmNamePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.firm.FirmName;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.StaffId;

/** G1: the new password from a reset link, which is used up only here, never by opening the page. */
public final class ResetPasswordService implements ResetPasswordUseCase {

    private final StaffPort staff;
    private final FirmNamePort firm;
    private final PasswordResetLinks links;

    public ResetPasswordService(StaffPort staff, FirmNamePort firm, PasswordResetLinks links) {
        this.staff = staff;
        this.firm = firm;
        this.links = links;
    }

    @Override
    public boolean isUsable(SecretToken token) {
        return links.usable(LinkPurpose.STAFF_PASSWORD_RESET, token);
    }

    /**
     * The firm's name and the member's names and address are no password. Second factors are not known
     * here yet: until they are wired, the password alone must hold.
     */
    private PasswordContext context(LinkHolder holder) {
        String firmName = firm.firmName().map(FirmName::value).orElse(null);
        return staff.findById(new StaffId(holder.id()))
                .map(member -> PasswordContext.passwordOnly(firmName, member.name().first(), member.name().last(), member.email().value()))
                .orElseGet(() -> PasswordContext.passwordOnly(firmName));
    }

    @Override
    public void reset(ResetPasswordCommand command) {
        links.reset(LinkPurpose.STAFF_PASSWORD_RESET, command.token(), command.newPassword(), this::context, (holder, passwordHash, at) -> {
            StaffId member = new StaffId(holder.id());
            staff.changePasswordHash(member, passwordHash);
            return member;
        });
    }
}
