package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryStaffLanguagesTest extends StaffLanguagePortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryStaffLanguages languages = new InMemoryStaffLanguages(staff);

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected StaffLanguagePort languages() {
        return languages;
    }
}
