package io.portico.application.account.port.in;

import io.portico.domain.account.Account;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Map;

/**
 * F1–F5: an account with its linked contacts (alphabetical) and its latest access changes, with the
 * names of the staff members who made them ({@code changedBy}).
 */
public record AccountProfile(Account account, List<Contact> contacts, List<HistoryEntry> accessHistory,
                             Map<StaffId, String> changedBy, boolean editable) {

    public AccountProfile {
        contacts = List.copyOf(contacts);
        accessHistory = List.copyOf(accessHistory);
        changedBy = Map.copyOf(changedBy);
    }
}
