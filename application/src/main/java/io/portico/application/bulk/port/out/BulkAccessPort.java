package io.portico.application.bulk.port.out;

import io.portico.application.bulk.port.AccountSelection;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Actor;
import io.portico.domain.bulk.AddressChange;
import io.portico.domain.bulk.BulkAccount;
import io.portico.domain.job.JobId;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * E3 at scale: the accounts of a bulk edit read a chunk at a time, and each chunk's changes written as a set, in
 * the caller's transaction — a few statements per chunk, never one per address.
 */
public interface BulkAccessPort {

    /** @param visibleTo only accounts whose team has this member (F2); empty for every account */
    long count(AccountSelection selection, Optional<StaffId> visibleTo);

    /**
     * The selected accounts after {@code after}, by id, at most {@code limit}, each with its linked contacts and their
     * addresses as they are now. A chosen account the viewer may not see comes back not {@code visible}; one that is
     * gone does not come back. Of a filter, only the accounts the viewer may see.
     */
    List<BulkAccount> chunk(AccountSelection selection, Optional<StaffId> visibleTo, Optional<AccountId> after, int limit);

    /**
     * Writes the changes as a toggle turned by hand would (F5) — but for its history, which the caller writes —:
     * each address's toggles, and for LOGIN turned off the address's open invitations for that
     * account voided (B6) and, when it can log in nowhere else, its portal sessions ended. Each address whose
     * NOTIFY goes on gets {@code preferences} when given.
     */
    void apply(List<AddressChange> changes, Optional<NotificationPreferences> preferences, Actor by, Instant at);

    /** Of these addresses, the lookup keys of those the job has not invited yet, which from now on count as invited by it. */
    Set<String> firstInvitations(JobId job, Collection<EmailAddress> emails);
}
