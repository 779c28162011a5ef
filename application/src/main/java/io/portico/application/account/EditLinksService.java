package io.portico.application.account;

import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.account.port.in.ChangeAccessUseCase;
import io.portico.application.account.port.in.UnlinkContactUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessAudit;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.Invitations;
import io.portico.application.shared.Viewers;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;

/**
 * F5: the toggles of each address on an account, and unlinking contacts. LOGIN on may send an
 * invitation (B1); LOGIN off, or unlinking, voids the address's open links (B6).
 */
public final class EditLinksService implements ChangeAccessUseCase, UnlinkContactUseCase {

    private final AccountPort accounts;
    private final ContactPort contacts;
    private final Viewers viewers;
    private final AccessAudit audit;
    private final Invitations invitations;
    private final Transactions transactions;
    private final Clock clock;

    public EditLinksService(AccountPort accounts, ContactPort contacts, Viewers viewers, AccessAudit audit,
                            Invitations invitations, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.viewers = viewers;
        this.audit = audit;
        this.invitations = invitations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void change(ChangeAccessCommand command) {
        transactions.inTransaction(() -> {
            Account account = current(command.actor(), command.account(), command.version());
            ContactLink link = account.links().stream().filter(l -> l.contactId().equals(command.contact())).findFirst()
                    .flatMap(l -> contacts.find(l.contactId()).map(l::alignedWith))
                    .orElseThrow(() -> new InvalidInputException("contact", "account.contact-not-linked"));
            EmailAccess before = link.access().stream().filter(a -> a.email().lookupKey().equals(command.email().lookupKey()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("email", "access.unknown-address", command.email().value()));
            if (before.isOn(command.toggle()) == command.on()) {
                return;
            }
            EmailAccess after = before.with(command.toggle(), command.on());
            ContactLink changed = new ContactLink(link.contactId(), link.description(), link.signerPriority(), link.signerAuthority(),
                    link.access().stream().map(a -> a == before ? after : a).toList());
            Instant now = clock.instant();
            accounts.update(account.withLinks(account.links().stream()
                    .map(l -> l.contactId().equals(changed.contactId()) ? changed : l).toList()), command.actor(), now);
            audit.toggled(account, after, command.toggle(), command.actor(), now);
            if (command.toggle() == AccessToggle.LOGIN) {
                if (command.on()) {
                    command.invitation().ifPresent(invite -> invitations.send(account, after.email(), invite.personalMessage(),
                            invite.language(), command.actor(), now));
                } else {
                    invitations.voidLinks(after.email(), now);
                }
            }
        });
    }

    @Override
    public void unlink(StaffId actor, AccountId accountId, long version, ContactId contact) {
        transactions.inTransaction(() -> {
            Account account = current(actor, accountId, version);
            Account unlinked = account.unlink(contact);
            Instant now = clock.instant();
            accounts.update(unlinked, actor, now);
            contacts.find(contact).ifPresent(c -> audit.unlinked(account, c, actor, now));
            account.links().stream().filter(link -> link.contactId().equals(contact))
                    .flatMap(link -> link.access().stream()).filter(EmailAccess::login)
                    .forEach(access -> invitations.voidLinks(access.email(), now));
        });
    }

    /**
     * The account, stamped with the version the user saw: if someone saved since, the update is
     * refused as stale (naming them) instead of overwriting their change.
     */
    private Account current(StaffId actor, AccountId id, long version) {
        return viewers.editable(actor, id).withVersion(version);
    }
}
