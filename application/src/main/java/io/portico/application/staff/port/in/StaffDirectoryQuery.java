package io.portico.application.staff.port.in;

import java.util.List;

/** The firm's active staff, e.g. to choose an account's team (A6). */
public interface StaffDirectoryQuery {

    List<StaffSummary> activeStaff();
}
