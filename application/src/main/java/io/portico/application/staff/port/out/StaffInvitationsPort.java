package io.portico.application.staff.port.out;

import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Map;

/** G2: when each invited member's newest invitation was mailed, for the Team page. */
public interface StaffInvitationsPort {

    Map<StaffId, Instant> lastSent();
}
