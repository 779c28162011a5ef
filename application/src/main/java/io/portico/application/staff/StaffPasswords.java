package io.portico.application.staff;

import io.portico.application.staff.port.out.FirmNamePort;
import io.portico.domain.firm.FirmName;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.PasswordPolicy;
import io.portico.domain.staff.StaffMember;

/**
 * Issue 10 item 9: a member's new password is checked against the words an attacker tries first for
 * them — the firm's name, their names, their address — and may be shorter once a second factor guards it.
 */
public final class StaffPasswords {

    private final FirmNamePort firm;

    public StaffPasswords(FirmNamePort firm) {
        this.firm = firm;
    }

    public void check(String field, String password, StaffMember member, boolean secondFactor) {
        PasswordPolicy.check(field, password, context(member, secondFactor));
    }

    PasswordContext context(StaffMember member, boolean secondFactor) {
        String firmName = firm.firmName().map(FirmName::value).orElse(null);
        String[] words = {firmName, member.name().first(), member.name().last(), member.email().value()};
        return secondFactor ? PasswordContext.withSecondFactor(words) : PasswordContext.passwordOnly(words);
    }
}
