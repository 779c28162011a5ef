package io.portico.application.contact;

import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagScope;
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
    private final InMemoryTags tags;

    /** Contacts whose tags must exist in {@code tags}, as the database's foreign key wants. */
    public InMemoryContacts(InMemoryTags tags) {
        this.tags = tags;
    }

    /** Contacts with a tag store of their own, empty: any tag given is unknown. */
    public InMemoryContacts() {
        this(new InMemoryTags());
    }

    @Override
    public synchronized void add(Contact contact, StaffId by, Instant at) {
        refuseTakenAddresses(contact);
        tags.requireAll(contact.tags(), TagScope.CONTACT);
        contacts.put(contact.id(), new Saved(contact.withVersion(0), by, at));
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return Optional.ofNullable(contacts.get(id)).map(Saved::contact)
                .map(c -> c.withDetails(c.tags().stream().filter(tags::exists).collect(java.util.stream.Collectors.toSet()), c.customValues()));
    }

    @Override
    public List<Contact> findAll(Collection<ContactId> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** As deleting the contact's row does (an import's undo). */
    public void remove(ContactId id) {
        contacts.remove(id);
    }

    /** Every contact, for the fakes of the read side. */
    public List<Contact> all() {
        return contacts.values().stream().map(Saved::contact).toList();
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
        return contacts.values().stream().map(Saved::contact).filter(c -> c.emails().contains(email)).findFirst()
                .flatMap(c -> find(c.id()));
    }

    @Override
    public synchronized void update(Contact contact, StaffId by, Instant at) {
        Saved saved = contacts.get(contact.id());
        if (saved.contact().version() != contact.version()) {
            throw new StaleRecordException(saved.by().value().toString(), saved.at());
        }
        refuseTakenAddresses(contact);
        tags.requireAll(contact.tags(), TagScope.CONTACT);
        contacts.put(contact.id(), new Saved(contact.withVersion(contact.version() + 1), by, at));
    }

    private void refuseTakenAddresses(Contact contact) {
        for (EmailAddress email : contact.emails().all()) {
            findByEmail(email).filter(other -> !other.id().equals(contact.id())).ifPresent(other -> {
                throw new InvalidInputException("emails", "email.taken", email.value());
            });
        }
    }
}
