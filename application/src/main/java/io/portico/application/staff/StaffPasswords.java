package io.portico.application.staff;

import io.portico.application.staff.port.out.FirmNamePort;
import io.portico.application.staff.port.out.TwoFactorStatusPort;
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
    private final TwoFactorStatusPort twoFactor;

    public StaffPasswords(FirmNamePort firm, TwoFactorStatusPort twoFactor) {
        this.firm = firm;
        this.twoFactor = twoFactor;
    }

    /** For a member who has signed in before: a second factor they have lets the password be shorter. */
    public void check(String field, String password, StaffMember member) {
        PasswordPolicy.check(field, password, context(member));
    }

    /** For a member about to choose their first password, who has no second factor yet. */
    public void checkFirst(String field, String password, StaffMember member) {
        PasswordPolicy.check(field, password, context(member, false));
    }

    PasswordContext context(StaffMember member) {
        return context(member, twoFactor.hasSecondFactor(member.id()));
    }

    private PasswordContext context(StaffMember member, boolean secondFactor) {
        String firmName = firm.firmName().map(FirmName::value).orElse(null);
        String[] words = {firmName, member.name().first(), member.name().last(), member.email().value()};
        return secondFactor ? PasswordContext.withSecondFactor(words) : PasswordContext.passwordOnly(words);
    }
}
