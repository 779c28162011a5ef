package io.portico.application.contact.port.out;

import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ContactPort {

    /**
     * Stores a new contact at version 0.
     *
     * @throws io.portico.domain.shared.InvalidInputException on field "emails" ("email.taken") when one of
     *         its addresses belongs to another contact: an address belongs to one contact at most
     */
    void add(Contact contact, StaffId by, Instant at);

    Optional<Contact> find(ContactId id);

    List<Contact> findAll(Collection<ContactId> ids);

    /** The contact owning this address, whatever the case of the address. */
    Optional<Contact> findByEmail(EmailAddress email);

    /** Like {@link io.portico.application.account.port.out.AccountPort#update}: optimistic, raises the version. */
    void update(Contact contact, StaffId by, Instant at);
}
