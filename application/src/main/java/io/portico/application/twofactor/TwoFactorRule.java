package io.portico.application.twofactor;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;

/** Whether the firm's setting requires a second factor of a member, by their role today. */
public final class TwoFactorRule {

    private final StaffPort staff;
    private final SignInSecurityPort settings;

    public TwoFactorRule(StaffPort staff, SignInSecurityPort settings) {
        this.staff = staff;
        this.settings = settings;
    }

    boolean requiredOf(StaffId member) {
        return staff.findById(member).map(StaffMember::role).filter(settings.twoFactorRequirement()::requires).isPresent();
    }
}
