package io.portico.domain.account.access;

import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who made an access change: a staff member, or the client in the portal (no staff id); a change made
 * by a bulk job also names the job, so its history can be traced back to it.
 */
public record Actor(Optional<StaffId> staff, Optional<UUID> job) {

    public Actor {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(job, "job");
    }

    public static Actor staff(StaffId member) {
        return new Actor(Optional.of(member), Optional.empty());
    }

    /** B9, B10: what the client did in the portal. */
    public static Actor client() {
        return new Actor(Optional.empty(), Optional.empty());
    }
}
