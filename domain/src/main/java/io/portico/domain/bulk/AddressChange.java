package io.portico.domain.bulk;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.contact.ContactId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** E3: one address whose toggles a bulk edit changes on one account, from these to these. */
public record AddressChange(AccountId account, ContactId contact, EmailAccess before, EmailAccess after) {

    public AddressChange {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.email().lookupKey().equals(after.email().lookupKey())) {
            throw new IllegalArgumentException("one address, before and after");
        }
    }

    public boolean turnedOn(AccessToggle toggle) {
        return !before.isOn(toggle) && after.isOn(toggle);
    }

    public boolean turnedOff(AccessToggle toggle) {
        return before.isOn(toggle) && !after.isOn(toggle);
    }

    /** The history entries the change makes, one per toggle turned, in the toggles' order (E3: with the job's actor). */
    public List<HistoryEntry> history(Actor by, Instant at) {
        var entries = new ArrayList<HistoryEntry>();
        for (AccessToggle toggle : AccessToggle.values()) {
            if (before.isOn(toggle) != after.isOn(toggle)) {
                entries.add(HistoryEntry.switched(account, by, at, HistoryType.valueOf(toggle.name()), after.email().value(),
                        after.isOn(toggle)));
            }
        }
        return entries;
    }
}
