package io.portico.application.account;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.port.in.EditLinkCommand;
import io.portico.application.account.port.in.EditLinkUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** F5: a linked contact's description, signer priority and signer authority on one account. */
public final class EditLinkService implements EditLinkUseCase {

    private final AccountPort accounts;
    private final Viewers viewers;
    private final AccessReactions reactions;
    private final Transactions transactions;
    private final Clock clock;

    public EditLinkService(AccountPort accounts, Viewers viewers, AccessReactions reactions,
                           Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.reactions = reactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void edit(EditLinkCommand command) {
        transactions.inTransaction(() -> {
            // stamped with the version the user saw: a save made since makes this one stale
            Account account = viewers.editable(command.actor(), command.account()).withVersion(command.version());
            ContactLink before = account.links().stream().filter(l -> l.contactId().equals(command.contact())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("contact", "account.contact-not-linked"));
            ContactLink after = new ContactLink(before.contactId(), command.description(), command.signerPriority(),
                    command.signerAuthority(), before.access());
            if (after.equals(before)) {
                return;
            }
            Instant now = clock.instant();
            accounts.update(account.withLinks(account.links().stream()
                    .map(l -> l.contactId().equals(after.contactId()) ? after : l).toList()), command.actor(), now);
            if (before.signerAuthority() != after.signerAuthority()) {
                reactions.on(List.of(new AccessEvent.SignerAuthorityChanged(account.id(), Actor.staff(command.actor()), now,
                        after.contactId(), after.signerAuthority())));
            }
        });
    }
}
