package io.portico.application.account;

import io.portico.application.access.AccessReactions;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.port.in.AddContactCommand;
import io.portico.application.account.port.in.AddContactUseCase;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.Invite;
import io.portico.domain.contact.Contact;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 12, item 8: a contact added to an existing account on its Info tab. The account's access decides
 * (a contact already linked is refused) and says what happened; the link is stored with the account, and the
 * events go to the reactions: history, and invitations (B1) when LOGIN went on with <b>Send</b>.
 */
public final class AddContactService implements AddContactUseCase {

    private final AccountPort accounts;
    private final NewAccountParts parts;
    private final Viewers viewers;
    private final AccessLoading access;
    private final Transactions transactions;
    private final Clock clock;

    public AddContactService(AccountPort accounts, NewAccountParts parts, Viewers viewers, AccessLoading access,
                             Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.parts = parts;
        this.viewers = viewers;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The access side of the service: its current state and who reacts to its events. */
    public record AccessLoading(LoadAccessPort load, AccessReactions reactions) {
    }

    @Override
    public void add(AddContactCommand command) {
        transactions.inTransaction(() -> {
            // stamped with the version the user saw: a save made since makes this one stale
            Account account = viewers.editable(command.actor(), command.account()).withVersion(command.version());
            ContactEntry entry = command.contact();
            Contact contact = parts.contactFor(command.actor(), entry);
            ContactLink link = ContactLink.of(contact, entry.description(), entry.signerPriority(), entry.signerAuthority(),
                    entry.access());
            Instant now = clock.instant();
            AccountAccess current = access.load().load(account.id()).orElseThrow().atVersion(command.version());
            List<AccessEvent> events = current.link(contact.id(), link.access(),
                    access.load().activated(link.access().stream().filter(EmailAccess::login).map(EmailAccess::email).toList()),
                    command.invitation().map(invite -> new Invite(invite.personalMessage())), Actor.staff(command.actor()), now);
            if (entry instanceof ContactEntry.CreateNew) {
                parts.store(List.of(contact), command.actor(), now);
            }
            List<ContactLink> links = new ArrayList<>(account.links());
            links.add(link);
            accounts.update(account.withLinks(links), command.actor(), now);
            access.reactions().on(events);
        });
    }
}
