package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.access.AccessReactions;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * B9: what a confirmed sign-up creates: the account, its contact with LOGIN on and the portal user,
 * with the team chosen in settings; the events say the client made it (history, B10 team notices).
 */
public final class SelfSignedAccounts {

    private final ContactPort contacts;
    private final AccountPort accounts;
    private final PortalUserPort users;
    private final SignupTeam team;
    private final AccessReactions reactions;

    public SelfSignedAccounts(ContactPort contacts, AccountPort accounts, PortalUserPort users, SignupTeam team,
                              AccessReactions reactions) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.users = users;
        this.team = team;
        this.reactions = reactions;
    }

    /** @param passwordHash of the password the client chose on the verification page; @return the client's new portal user */
    PortalUserId create(PendingSignup signup, String passwordHash, Instant now) {
        SignupRequest request = signup.request();
        EmailAddress email = request.email();
        Contact contact = Contact.create(request.name(), new ContactEmails(List.of(email)), "", PostalAddress.NONE);
        ContactLink link = ContactLink.of(contact, "", List.of(new EmailAccess(email, true, false, false)));
        SignupTeam.Chosen chosen = team.now();
        Account account = new Account(AccountId.random(), request.type(), request.accountName(), request.companyName(),
                PostalAddress.NONE, chosen.members(), List.of(link), 0);
        contacts.add(contact, chosen.recordedBy(), now);
        accounts.add(account, chosen.recordedBy(), now);
        PortalUser user = PortalUser.activate(email, passwordHash, now);
        users.add(user);
        var events = new ArrayList<AccessEvent>(List.of(new AccessEvent.SignedUp(account.id(), Actor.client(), now, email)));
        events.addAll(AccountAccess.opened(account, Set.of(email), Optional.empty(), Actor.client(), now));
        reactions.on(events);
        return user.id();
    }
}
