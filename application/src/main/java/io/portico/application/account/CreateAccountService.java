package io.portico.application.account;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountNaming;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.Invite;
import io.portico.domain.contact.Contact;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.shared.NotAllowedException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * F3: a new account with its contacts, new or existing, in one transaction. Its team, links and
 * toggles are events: history, team notices (A6) and, with <b>Send</b>, invitations (B1).
 */
public final class CreateAccountService implements CreateAccountUseCase {

    private final AccountPort accounts;
    private final NewAccountParts parts;
    private final Viewers viewers;
    private final AccessReactions reactions;
    private final Transactions transactions;
    private final Clock clock;

    public CreateAccountService(AccountPort accounts, NewAccountParts parts, Viewers viewers, AccessReactions reactions,
                                Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.parts = parts;
        this.viewers = viewers;
        this.reactions = reactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public AccountId create(CreateAccountCommand command) {
        if (!viewers.of(command.actor()).canCreate()) {
            throw new NotAllowedException("create accounts");
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            // everything is checked before anything is written: a refusal leaves no contact behind
            Map<CustomFieldId, String> accountValues = parts.customValues(command.customValues(), CustomFieldScope.ACCOUNT);
            List<Contact> linked = new ArrayList<>();
            List<Contact> created = new ArrayList<>();
            List<ContactLink> links = new ArrayList<>();
            for (ContactEntry entry : command.contacts()) {
                Contact contact = parts.contactFor(command.actor(), entry);
                if (entry instanceof ContactEntry.CreateNew) {
                    created.add(contact);
                }
                linked.add(contact);
                links.add(ContactLink.of(contact, entry.description(), entry.signerPriority(), entry.signerAuthority(), entry.access()));
            }
            Account account = new Account(AccountId.random(), command.type(),
                    AccountNaming.nameFor(command.type(), command.name(), command.companyName(), linked.getFirst().name()),
                    command.companyName(), command.companyAddress(), parts.team(command.team()), links, command.tags(),
                    accountValues, 0);
            parts.store(created, command.actor(), now);
            accounts.add(account, command.actor(), now);
            reactions.on(AccountAccess.opened(account, parts.activated(account),
                    command.invitation().map(invite -> new Invite(invite.personalMessage())),
                    Actor.staff(command.actor()), now));
            return account.id();
        });
    }
}
