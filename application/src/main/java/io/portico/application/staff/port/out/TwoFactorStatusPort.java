package io.portico.application.staff.port.out;

import io.portico.domain.staff.StaffId;

/**
 * G2, issue 10 item 9: whether a member has a second factor, for the Team page and for how long their
 * password must be; the two-factor feature keeps the factors themselves.
 */
public interface TwoFactorStatusPort {

    boolean hasSecondFactor(StaffId member);
}
