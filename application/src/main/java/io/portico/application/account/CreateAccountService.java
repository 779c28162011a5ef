package io.portico.application.account;

import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessAudit;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.portal.Invitations;
import io.portico.domain.access.EmailAccess;
import io.portico.application.shared.Viewers;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountNaming;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class CreateAccountService implements CreateAccountUseCase {

    private final AccountPort accounts;
    private final ContactPort contacts;
    private final CustomFieldPort fields;
    private final Viewers viewers;
    private final AccessAudit audit;
    private final TeamNotices teamNotices;
    private final Invitations invitations;
    private final Transactions transactions;
    private final Clock clock;

    public CreateAccountService(AccountPort accounts, ContactPort contacts, CustomFieldPort fields, Viewers viewers, AccessAudit audit, TeamNotices teamNotices,
                                Invitations invitations, Transactions transactions, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.contacts = contacts;
        this.fields = fields;
        this.viewers = viewers;
        this.audit = audit;
        this.teamNotices = teamNotices;
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
            Map<CustomFieldId, String> accountValues = customValues(command.customValues(), CustomFieldScope.ACCOUNT);
            List<Contact> linked = new ArrayList<>();
            List<Contact> created = new ArrayList<>();
            List<ContactLink> links = new ArrayList<>();
            for (ContactEntry entry : command.contacts()) {
                Contact contact = contactFor(entry);
                if (entry instanceof ContactEntry.CreateNew) {
                    created.add(contact);
                }
                linked.add(contact);
                links.add(ContactLink.of(contact, entry.description(), entry.signerPriority(), entry.signerAuthority(), entry.access()));
            }
            Account account = new Account(AccountId.random(), command.type(),
                    AccountNaming.nameFor(command.type(), command.name(), command.companyName(), linked.getFirst().name()),
                    command.companyName(), command.companyAddress(), command.team(), links, command.tags(),
                    accountValues, 0);
            created.forEach(contact -> contacts.add(contact, command.actor(), now));
            accounts.add(account, command.actor(), now);
            audit.created(account, linked, command.actor(), now);
            teamNotices.assigned(account, java.util.Set.of(), command.actor(), now);
            command.invitation().ifPresent(invite -> invite(account, invite, command, now));
            return account.id();
        });
    }

    /**
     * B1: Send on creation mails a link to every address given LOGIN, in the creation's transaction; an
     * address that already has a portal user (an existing contact's) needs none and is left out.
     */
    private void invite(Account account, InvitationRequest invite, CreateAccountCommand command, Instant now) {
        account.links().stream().flatMap(link -> link.access().stream()).filter(EmailAccess::login)
                .map(EmailAccess::email)
                .filter(email -> invitations.state(account, email, now).pendingActivation())
                .forEach(email -> invitations.send(account, email, invite.personalMessage(), invite.language(), command.actor(), now));
    }

    /** The existing contact as it is, or the new one with its values checked by the contact fields (A7), not yet stored. */
    private Contact contactFor(ContactEntry entry) {
        return switch (entry) {
            case ContactEntry.LinkExisting existing -> contacts.find(existing.contact())
                    .orElseThrow(() -> new InvalidInputException("contacts", "contact.not-found"));
            case ContactEntry.CreateNew fresh -> {
                refuseKnownAddresses(fresh);
                yield Contact.create(fresh.name(), fresh.emails(), fresh.phone(), fresh.address(), fresh.tags())
                        .withDetails(fresh.tags(), customValues(fresh.customValues(), CustomFieldScope.CONTACT));
            }
        };
    }

    /** One address, one contact: an address already known means linking that contact instead. */
    private void refuseKnownAddresses(ContactEntry.CreateNew fresh) {
        for (EmailAddress email : fresh.emails().all()) {
            contacts.findByEmail(email).ifPresent(owner -> {
                throw new InvalidInputException("emails", "email.belongs-to-contact", email.value(), owner.name().full());
            });
        }
    }

    /** A7: each typed value checked by its field of that scope; blank values are left out. */
    private Map<CustomFieldId, String> customValues(Map<CustomFieldId, String> typed, CustomFieldScope scope) {
        Map<CustomFieldId, String> values = new java.util.HashMap<>();
        typed.forEach((id, raw) -> fields.require(id, scope).valueOf(raw).ifPresent(value -> values.put(id, value)));
        return values;
    }
}
