package io.portico.persistence.staff;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.jooq.tables.records.PasswordResetTicketRecord;
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
                row.getActive());
    }

    static PasswordResetTicket toTicket(PasswordResetTicketRecord row) {
        return new PasswordResetTicket(
                new StaffId(row.getStaffId()),
                new TokenHash(row.getTokenHash()),
                row.getExpiresAt(),
                row.getUsedAt());
    }

    static Set<StaffRight> toRights(String[] rights) {
        return Arrays.stream(rights).map(StaffRight::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
