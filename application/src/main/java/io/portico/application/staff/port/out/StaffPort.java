package io.portico.application.staff.port.out;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface StaffPort {

    /** @throws io.portico.domain.shared.InvalidInputException on field "email" when the address is taken */
    void add(StaffMember member, String passwordHash);

    /** G2: an invited member, without a password until they accept; the address is taken as by {@link #add}. */
    void addInvited(StaffMember member);

    /** Stores the member's name, role and status. */
    void save(StaffMember member);

    /** G2: a revoked invitation leaves nothing behind; does nothing unless the member is still invited. */
    void removeInvited(StaffId id);

    /** Every member, whatever their status, by name. */
    List<StaffMember> all();

    /** G2: the moment of a successful sign-in, shown on the Team page. */
    void recordSignIn(StaffId id, Instant at);

    Optional<Instant> lastSignIn(StaffId id);

    /** Finds by address, ignoring the case of the whole address. */
    Optional<StaffMember> findByEmail(EmailAddress email);

    Optional<String> passwordHash(StaffId id);

    void changePasswordHash(StaffId id, String passwordHash);

    Optional<StaffMember> findById(StaffId id);

    /** Every active member, by name. */
    List<StaffMember> active();

    /** An employee's rights; owners and admins need none. */
    Set<StaffRight> rights(StaffId id);

    /** Sets an employee's rights to exactly these. */
    void grantRights(StaffId id, Set<StaffRight> rights);
}
