package io.portico.application.contact;

import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryContacts implements ContactPort {

    private record Saved(Contact contact, StaffId by, Instant at) {
    }

    private final Map<ContactId, Saved> contacts = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(Contact contact, StaffId by, Instant at) {
        refuseTakenAddresses(contact);
        contacts.put(contact.id(), new Saved(withVersion(contact, 0), by, at));
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return Optional.ofNullable(contacts.get(id)).map(Saved::contact);
    }

    @Override
    public List<Contact> findAll(Collection<ContactId> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Every contact, for the fakes of the read side. */
    public List<Contact> all() {
        return contacts.values().stream().map(Saved::contact).toList();
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
        return contacts.values().stream().map(Saved::contact).filter(c -> c.emails().contains(email)).findFirst();
    }

    @Override
    public synchronized void update(Contact contact, StaffId by, Instant at) {
        Saved saved = contacts.get(contact.id());
        if (saved.contact().version() != contact.version()) {
            throw new StaleRecordException(saved.by().value().toString(), saved.at());
        }
        refuseTakenAddresses(contact);
        contacts.put(contact.id(), new Saved(withVersion(contact, contact.version() + 1), by, at));
    }

    private void refuseTakenAddresses(Contact contact) {
        for (EmailAddress email : contact.emails().all()) {
            findByEmail(email).filter(other -> !other.id().equals(contact.id())).ifPresent(other -> {
                throw new InvalidInputException("emails", "email.taken", email.value());
            });
        }
    }

    private static Contact withVersion(Contact c, long version) {
        return new Contact(c.id(), c.name(), c.emails(), c.phone(), c.address(), version);
    }
}
