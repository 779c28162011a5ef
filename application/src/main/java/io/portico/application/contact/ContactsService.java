package io.portico.application.contact;

import io.portico.application.shared.Viewers;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessAudit;
import io.portico.application.contact.port.in.ContactListRequest;
import io.portico.application.contact.port.in.ContactRow;
import io.portico.application.contact.port.in.EditContactCommand;
import io.portico.application.contact.port.in.EditContactUseCase;
import io.portico.application.contact.port.in.FindContactsQuery;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.EmailChangeAccess;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * E4, F6: the contact list, and editing a contact's details wherever it is linked; a changed address
 * takes its access along (B5, B8).
 */
public final class ContactsService implements FindContactsQuery, EditContactUseCase {

    private final ContactPort contacts;
    private final ContactListPort list;
    private final AccountPort accounts;
    private final Viewers viewers;
    private final AccessAudit audit;
    private final EmailChangeAccess emailChanges;
    private final Transactions transactions;
    private final Clock clock;

    public ContactsService(ContactPort contacts, ContactListPort list, AccountPort accounts, Viewers viewers, AccessAudit audit,
                           EmailChangeAccess emailChanges, Transactions transactions, Clock clock) {
        this.contacts = contacts;
        this.list = list;
        this.accounts = accounts;
        this.viewers = viewers;
        this.audit = audit;
        this.emailChanges = emailChanges;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<ContactRow> page(StaffId viewer, ContactListRequest request) {
        Optional<StaffId> restriction = viewers.of(viewer).seesAll() ? Optional.empty() : Optional.of(viewer);
        return list.page(new ContactListRequest(restriction, request.after(), request.limit()));
    }

    @Override
    public Optional<Contact> contact(StaffId viewer, ContactId id) {
        AccountVisibility visibility = viewers.of(viewer);
        return contacts.find(id).filter(contact -> visibility.seesAll() || linkedAccounts(id).stream().anyMatch(visibility::canView));
    }

    @Override
    public void edit(EditContactCommand command) {
        transactions.inTransaction(() -> {
            Contact before = contact(command.actor(), command.contact())
                    .orElseThrow(() -> new InvalidInputException("contact", "contact.not-found"));
            AccountVisibility visibility = viewers.of(command.actor());
            List<Account> linked = linkedAccounts(command.contact());
            if (!visibility.canCreate() || !(visibility.seesAll() || linked.stream().anyMatch(visibility::canEdit))) {
                throw new NotAllowedException("edit contact");
            }
            Contact after = new Contact(before.id(), command.name(), command.emails(), command.phone(), command.address(), before.tags(),
                    before.customValues(), command.version());
            Instant now = clock.instant();
            contacts.update(after, command.actor(), now);
            if (!before.emails().equals(after.emails())) {
                linked.forEach(account -> audit.emailsChanged(account, before, after, command.actor(), now));
                emailChanges.follow(before, after, linked, command.language(), command.actor(), now);
            }
        });
    }

    private List<Account> linkedAccounts(ContactId id) {
        return list.linkedAccounts(id).stream().map(accounts::find).flatMap(Optional::stream).toList();
    }
}
