package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.port.in.AccessChange;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.in.PortalAccount;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import java.time.Instant;
import java.util.List;

/**
 * B9: what a confirmed sign-up creates: the account, its contact with LOGIN on and the portal user,
 * with the team chosen in settings, and the account's history saying the client made it.
 */
public final class SelfSignedAccounts {

    /** The client's new portal user and the account it reaches. */
    record Created(PortalUserId user, PortalAccount account) {
    }

    private final ContactPort contacts;
    private final AccountPort accounts;
    private final PortalUserPort users;
    private final SignupTeam team;
    private final AccessAuditPort audit;

    public SelfSignedAccounts(ContactPort contacts, AccountPort accounts, PortalUserPort users, SignupTeam team,
                              AccessAuditPort audit) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.users = users;
        this.team = team;
        this.audit = audit;
    }

    Created create(PendingSignup signup, Instant now) {
        SignupRequest request = signup.request();
        EmailAddress email = request.email();
        Contact contact = Contact.create(request.name(), new ContactEmails(List.of(email)), "", PostalAddress.NONE);
        ContactLink link = ContactLink.of(contact, "", List.of(new EmailAccess(email, true, false, false)));
        SignupTeam.Chosen chosen = team.now();
        Account account = new Account(AccountId.random(), request.type(), request.accountName(), request.companyName(),
                PostalAddress.NONE, chosen.members(), List.of(link), 0);
        contacts.add(contact, chosen.recordedBy(), now);
        accounts.add(account, chosen.recordedBy(), now);
        PortalUser user = PortalUser.activate(email, signup.passwordHash(), now);
        users.add(user);
        audited(account, contact, email, now);
        return new Created(user.id(), new PortalAccount(account.id(), account.name().value()));
    }

    /** The new account's history says the client made it: its team, its contact and the LOGIN they got. */
    private void audited(Account account, Contact contact, EmailAddress email, Instant at) {
        audit.record(AccessChange.byClient(account.id(), at, "signup " + email.value(), "", "signed up"));
        account.team().forEach(member -> audit.record(AccessChange.byClient(account.id(), at, "team", "", team.nameOf(member))));
        audit.record(AccessChange.byClient(account.id(), at, "link " + contact.name().full(), "", "linked"));
        audit.record(AccessChange.byClient(account.id(), at, "LOGIN " + email.value(), "off", "on"));
    }
}
