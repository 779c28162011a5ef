package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Optional;

public interface StaffProfileQuery {

    Optional<StaffProfile> profile(StaffId me);
}
