package io.portico.application.account.port.in;

import io.portico.domain.account.Account;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * F1–F5: an account with its linked contacts (alphabetical) and its latest access changes, with the
 * names of the staff members who made them ({@code changedBy}).
 *
 * @param editable   whether the viewer may change the account now: with the right to (F2), and while it is active
 * @param manageable issue 14, item 1: whether the viewer has the right to edit it, archived or not (Restore, notes)
 * @param archivedAt issue 14, item 1: since when the account is archived; empty while it is active
 */
public record AccountProfile(Account account, List<Contact> contacts, List<HistoryEntry> accessHistory,
                             Map<StaffId, String> changedBy, boolean editable, boolean manageable, Optional<Instant> archivedAt) {

    public AccountProfile {
        contacts = List.copyOf(contacts);
        accessHistory = List.copyOf(accessHistory);
        changedBy = Map.copyOf(changedBy);
        Objects.requireNonNull(archivedAt, "archivedAt");
    }
}
