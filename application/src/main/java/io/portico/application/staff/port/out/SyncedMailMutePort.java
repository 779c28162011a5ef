package io.portico.application.staff.port.out;

import io.portico.domain.staff.StaffId;

/** Item 8: the member's {@code staff.mute_synced_mail} — no Inbox+ notices of new synced mail. */
public interface SyncedMailMutePort {

    /** False for a member who never muted (or does not exist). */
    boolean muted(StaffId member);

    /** A member that does not exist is ignored. */
    void mute(StaffId member, boolean muted);
}
