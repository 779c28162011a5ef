package io.portico.application.staff;

import io.portico.application.staff.port.in.StaffDirectoryQuery;
import io.portico.application.staff.port.in.StaffSummary;
import io.portico.application.staff.port.out.StaffPort;
import java.util.List;

public final class StaffDirectoryService implements StaffDirectoryQuery {

    private final StaffPort staff;

    public StaffDirectoryService(StaffPort staff) {
        this.staff = staff;
    }

    @Override
    public List<StaffSummary> activeStaff() {
        return staff.active().stream().map(m -> new StaffSummary(m.id(), m.name().full())).toList();
    }
}
