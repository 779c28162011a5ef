package io.portico.application.account;

import io.portico.application.contact.EmailChangeAccess;
import io.portico.application.contact.port.in.EditContactCommand;
import io.portico.application.contact.port.in.EditContactUseCase;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * F6: editing a contact's details wherever it is linked; a changed address takes its access along (B5, B8),
 * so it is refused while the contact is on an account the editor may not edit (issue 10, item 14).
 */
public final class EditContactService implements EditContactUseCase {

    private final ContactsService found;
    private final ContactPort contacts;
    private final Viewers viewers;
    private final EmailChangeAccess emailChanges;
    private final Transactions transactions;
    private final Clock clock;

    public EditContactService(ContactsService found, ContactPort contacts, Viewers viewers, EmailChangeAccess emailChanges,
                              Transactions transactions, Clock clock) {
        this.found = found;
        this.contacts = contacts;
        this.viewers = viewers;
        this.emailChanges = emailChanges;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void edit(EditContactCommand command) {
        transactions.inTransaction(() -> {
            Contact before = found.contact(command.actor(), command.contact())
                    .orElseThrow(() -> new InvalidInputException("contact", "contact.not-found"));
            AccountVisibility visibility = viewers.of(command.actor());
            List<Account> linked = found.linkedAccounts(command.contact());
            if (!visibility.canCreate() || !(visibility.seesAll() || linked.stream().anyMatch(visibility::canEdit))) {
                throw new NotAllowedException("edit contact");
            }
            Contact after = new Contact(before.id(), command.name(), command.emails(), command.phone(), command.address(), before.tags(),
                    before.customValues(), command.language(), command.version());
            boolean addressesChange = !before.emails().equals(after.emails());
            if (addressesChange && !linked.stream().allMatch(visibility::canEdit)) {
                // the addresses carry LOGIN and invitations on every account: none may move where the editor may not edit
                throw new InvalidInputException("emails", "contact.emails.on-accounts-not-editable");
            }
            List<AccountAccess> access = addressesChange ? emailChanges.before(linked.stream().map(Account::id).toList()) : List.of();
            Instant now = clock.instant();
            contacts.update(after, command.actor(), now);
            emailChanges.follow(access, after, command.actor(), now);
        });
    }
}
