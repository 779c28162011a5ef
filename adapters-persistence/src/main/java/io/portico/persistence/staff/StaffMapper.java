package io.portico.persistence.staff;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import io.portico.persistence.jooq.tables.records.StaffRecord;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Rows to domain objects; the rows never leave this module. */
final class StaffMapper {

    private StaffMapper() {
    }

    static StaffMember toMember(StaffRecord row) {
        return new StaffMember(
                new StaffId(row.getId()),
                new PersonName(row.getFirstName(), row.getLastName()),
                new EmailAddress(row.getEmail()),
                StaffRole.valueOf(row.getRole()),
                StaffStatus.valueOf(row.getStatus()));
    }

    static Set<StaffRight> toRights(String[] rights) {
        return Arrays.stream(rights).map(StaffRight::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
