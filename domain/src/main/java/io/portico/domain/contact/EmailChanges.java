package io.portico.domain.contact;

import io.portico.domain.shared.EmailAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * B5, B8: how a contact's addresses changed in one save. An address that went and an address that came
 * in the same save are one address changed — edited in place or replaced — paired in the order they
 * stand in the list (the first gone with the first new, and so on); the access of the old one follows
 * the new one. A gone address left without a partner was removed; a new one without a partner was added.
 * Changing only the capitals of an address changes nothing here: it stays the same address.
 */
public record EmailChanges(List<Changed> changed, List<EmailAddress> removed) {

    /** One address that became another. */
    public record Changed(EmailAddress from, EmailAddress to) {
    }

    public EmailChanges {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static EmailChanges between(ContactEmails before, ContactEmails after) {
        List<EmailAddress> gone = before.all().stream().filter(email -> !after.contains(email)).toList();
        List<EmailAddress> added = after.all().stream().filter(email -> !before.contains(email)).toList();
        var changed = new ArrayList<Changed>();
        for (int i = 0; i < Math.min(gone.size(), added.size()); i++) {
            changed.add(new Changed(gone.get(i), added.get(i)));
        }
        return new EmailChanges(changed, gone.subList(changed.size(), gone.size()));
    }

    /** Every address the contact no longer has, changed or removed. */
    public List<EmailAddress> gone() {
        var gone = new ArrayList<EmailAddress>(changed.stream().map(Changed::from).toList());
        gone.addAll(removed);
        return gone;
    }

    public boolean none() {
        return changed.isEmpty() && removed.isEmpty();
    }
}
