package io.portico.application.staff.port.out;

import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;

public interface PasswordResetTicketPort {

    void save(PasswordResetTicket ticket);

    Optional<PasswordResetTicket> find(TokenHash hash);

    /**
     * Atomically uses up the ticket if it is unused and unexpired at {@code now}, together with every
     * other open ticket of the same staff member; at most one concurrent caller gets the staff id.
     */
    Optional<StaffId> redeem(TokenHash hash, Instant now);

    /**
     * Deletes every link that can no longer be used at {@code now} (used, voided or expired), with what
     * it held (for a sign-up, the password hash of someone who may never have come back); returns how many.
     */
    int purgeDead(Instant now);
}
