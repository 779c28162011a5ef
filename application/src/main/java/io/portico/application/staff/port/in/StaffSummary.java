package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;

public record StaffSummary(StaffId id, String name) {
}
