package io.portico.application.account;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.in.ContactSummary;
import io.portico.application.contact.port.in.FindContactQuery;
import io.portico.application.contact.port.in.FindContactsQuery;
import io.portico.application.contact.port.in.SearchContactsQuery;
import io.portico.application.contact.port.ContactMatch;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/**
 * E4: the contact list, and a contact as the viewer may see it: through the accounts it is linked to. A8:
 * the contact owning an address, offered for linking only to whoever may see it (issue 10, item 14).
 */
public final class ContactsService implements FindContactsQuery, FindContactQuery, SearchContactsQuery {

    private final ContactPort contacts;
    private final ContactListPort list;
    private final AccountPort accounts;
    private final Viewers viewers;

    public ContactsService(ContactPort contacts, ContactListPort list, AccountPort accounts, Viewers viewers) {
        this.contacts = contacts;
        this.list = list;
        this.accounts = accounts;
        this.viewers = viewers;
    }

    @Override
    public List<ContactRow> page(StaffId viewer, ContactListRequest request) {
        return list.page(request.visibleTo(restriction(viewer)));
    }

    /** Issue 12, item 8: from the second character typed on, as the account search (E2). */
    @Override
    public List<ContactMatch> search(StaffId viewer, String fragment, int limit) {
        String trimmed = fragment == null ? "" : fragment.strip();
        return trimmed.length() < FindAccountsService.MIN_FRAGMENT ? List.of() : list.matching(trimmed, restriction(viewer), limit);
    }

    private Optional<StaffId> restriction(StaffId viewer) {
        return viewers.of(viewer).seesAll() ? Optional.empty() : Optional.of(viewer);
    }

    @Override
    public Optional<Contact> contact(StaffId viewer, ContactId id) {
        AccountVisibility visibility = viewers.of(viewer);
        return contacts.find(id).filter(contact -> visibility.seesAll() || linkedAccounts(id).stream().anyMatch(visibility::canView));
    }

    @Override
    public Optional<ContactSummary> byEmail(StaffId viewer, String email) {
        Optional<EmailAddress> address;
        try {
            address = Optional.of(new EmailAddress(email));
        } catch (InvalidInputException e) {
            address = Optional.empty();
        }
        return address.flatMap(contacts::findByEmail).filter(contact -> linkable(viewer, contact.id()))
                .map(c -> new ContactSummary(c.id(), c.name().full(), c.emails().all().stream().map(EmailAddress::value).toList()));
    }

    /**
     * Whether the viewer may see the contact to link it to a new account: through an account they may see,
     * or because no account links it (then it is nobody's to hide).
     */
    boolean linkable(StaffId viewer, ContactId id) {
        AccountVisibility visibility = viewers.of(viewer);
        List<Account> linked = linkedAccounts(id);
        return visibility.seesAll() || linked.isEmpty() || linked.stream().anyMatch(visibility::canView);
    }

    /** The accounts the contact is linked to. */
    List<Account> linkedAccounts(ContactId id) {
        return list.linkedAccounts(id).stream().map(accounts::find).flatMap(Optional::stream).toList();
    }
}
