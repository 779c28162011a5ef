package io.portico.application.importing.port.out;

import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Issue 12 item 6: the contacts an import's addresses already belong to, looked up for many rows at once. */
public interface ContactOwnersPort {

    /**
     * By address key ({@link EmailAddress#lookupKey()}), the contact owning each address that has one. Whether
     * {@code viewer} may link it is F2's rule for a staff member without <i>view all accounts</i>: linked to no
     * account, or to one whose team the viewer is on.
     */
    Map<String, ContactOwner> owners(Collection<String> emailKeys, StaffId viewer);

    /**
     * {@code emails}: all the contact's addresses, in its order; {@code ofArchivedAccount}: linked to an archived
     * account (issue 14, item 1), whose client the import leaves alone.
     */
    record ContactOwner(ContactId id, ContactName name, List<EmailAddress> emails, boolean onViewersTeam, boolean ofArchivedAccount) {

        public ContactOwner {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            emails = List.copyOf(emails);
        }
    }
}
