package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;

class InMemoryStaffTest extends StaffPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();

    @Override
    protected StaffPort staff() {
        return staff;
    }
}
