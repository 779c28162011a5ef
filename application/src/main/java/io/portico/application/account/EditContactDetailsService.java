package io.portico.application.account;

import io.portico.application.account.port.in.EditContactDetailsCommand;
import io.portico.application.account.port.in.EditContactDetailsUseCase;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.shared.InvalidInputException;
import java.time.Clock;
import java.util.Map;

/**
 * F5: the tags (A5) and custom field values (A7) of a contact, edited from an account it is linked to;
 * the contact's version guards them (no lost updates).
 */
public final class EditContactDetailsService implements EditContactDetailsUseCase {

    private final ContactPort contacts;
    private final CustomValues values;
    private final Viewers viewers;
    private final Transactions transactions;
    private final Clock clock;

    public EditContactDetailsService(ContactPort contacts, CustomValues values, Viewers viewers, Transactions transactions,
                                     Clock clock) {
        this.contacts = contacts;
        this.values = values;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void edit(EditContactDetailsCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(command.actor(), command.account());
            if (account.links().stream().noneMatch(link -> link.contactId().equals(command.contact()))) {
                throw new InvalidInputException("contact", "account.contact-not-linked");
            }
            Contact contact = contacts.find(command.contact())
                    .orElseThrow(() -> new InvalidInputException("contact", "contact.not-found"))
                    .withVersion(command.version());
            Map<CustomFieldId, String> applied = values.applied(CustomFieldScope.CONTACT, contact.customValues(), command.customValues(),
                    (field, before, after) -> { });
            contacts.update(contact.withDetails(command.tags(), applied), command.actor(), clock.instant());
        });
    }
}
