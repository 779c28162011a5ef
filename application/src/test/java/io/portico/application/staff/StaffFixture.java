package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;

/** Staff members for use-case tests. */
final class StaffFixture {

    static final String PASSWORD = "tax season never ends";

    private StaffFixture() {
    }

    static StaffMember add(StaffPort staff, String email, boolean active) {
        var member = new StaffMember(StaffId.random(), new PersonName("Anna", "Bianchi"), new EmailAddress(email), StaffRole.ADMIN,
                active ? io.portico.domain.staff.StaffStatus.ACTIVE : io.portico.domain.staff.StaffStatus.DEACTIVATED);
        staff.add(member, new FakePasswordHasher().hash(PASSWORD));
        return member;
    }
}
