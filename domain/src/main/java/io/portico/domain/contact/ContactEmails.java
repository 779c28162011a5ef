package io.portico.domain.contact;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A contact's addresses: the first is the primary one; none may repeat. A contact may have none. */
public record ContactEmails(List<EmailAddress> all) {

    public static final ContactEmails NONE = new ContactEmails(List.of());

    public ContactEmails {
        all = List.copyOf(all);
        var seen = new HashSet<String>();
        for (int i = 0; i < all.size(); i++) {
            if (!seen.add(all.get(i).lookupKey())) {
                throw new InvalidInputException("emails", "email.repeated", all.get(i).value());
            }
        }
    }

    public Optional<EmailAddress> primary() {
        return all.stream().findFirst();
    }

    public boolean contains(EmailAddress email) {
        return all.stream().anyMatch(e -> e.lookupKey().equals(email.lookupKey()));
    }
}
