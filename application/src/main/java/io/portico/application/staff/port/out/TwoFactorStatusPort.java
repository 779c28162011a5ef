package io.portico.application.staff.port.out;

import io.portico.domain.staff.StaffId;
import java.util.Set;

/** G2: who has a second factor, for the Team page; the two-factor feature keeps the factors themselves. */
public interface TwoFactorStatusPort {

    Set<StaffId> withSecondFactor();
}
