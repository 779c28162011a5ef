package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.access.AccessReactions;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.portal.port.in.SignUpCommand;
import io.portico.application.portal.port.in.SignUpUseCase;
import io.portico.application.portal.port.in.SignupOffer;
import io.portico.application.portal.port.in.VerifySignupUseCase;
import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
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
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * B9: self-signup. Submitting the form only mails the address; confirming through the mailed link
 * creates the account, its contact with LOGIN on and the portal user, in one transaction, with the
 * team chosen in settings, and tells that team (B10).
 */
public final class SignupService implements SignUpUseCase, VerifySignupUseCase {

    private final PortalSettingsPort settings;
    private final PendingSignupPort pending;
    private final PortalUserPort users;
    private final ContactPort contacts;
    private final AccountPort accounts;
    private final SignupTeam team;
    private final AccessReactions reactions;
    private final MailQueue mail;
    private final Links links;
    private final FirmQuery firm;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public SignupService(PortalSettingsPort settings, PendingSignupPort pending, PortalUserPort users, ContactPort contacts,
                         AccountPort accounts, SignupTeam team, AccessReactions reactions, MailQueue mail,
                         Links links, FirmQuery firm, PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.settings = settings;
        this.pending = pending;
        this.users = users;
        this.contacts = contacts;
        this.accounts = accounts;
        this.team = team;
        this.reactions = reactions;
        this.mail = mail;
        this.links = links;
        this.firm = firm;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean open() {
        return settings.load().signupOpen();
    }

    @Override
    public void signUp(SignUpCommand command) {
        if (!open()) {
            throw new NotAllowedException("sign up");
        }
        // hashed for known addresses too, so that both take as long (B11)
        String passwordHash = hasher.hash(command.password());
        transactions.inTransaction(() -> {
            SignupRequest request = command.request();
            if (known(request.email())) {
                mail.queue(request.email(), MailTemplate.PORTAL_SIGNUP_EXISTING, command.language(), Map.of(
                        "firmName", firmName(),
                        "link", links.portalLogin()));
                return;
            }
            SecretToken token = SecretToken.generate();
            pending.add(PendingSignup.submit(token.hash(), request, passwordHash, clock.instant()));
            mail.queue(request.email(), MailTemplate.PORTAL_SIGNUP_VERIFICATION, command.language(), Map.of(
                    "firmName", firmName(),
                    "firstName", request.name().first(),
                    "link", links.portalSignupVerification(token),
                    "validHours", PendingSignup.VALIDITY.toHours()));
        });
    }

    @Override
    public Optional<SignupOffer> offer(SecretToken token) {
        return pending.find(token.hash())
                .filter(signup -> signup.usableAt(clock.instant()) && !known(signup.request().email()))
                .map(signup -> new SignupOffer(signup.request().email(), signup.request().accountName().value()));
    }

    @Override
    public PortalUserId confirm(SecretToken token) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            PendingSignup signup = pending.redeem(token.hash(), now)
                    .filter(redeemed -> !known(redeemed.request().email()))
                    .orElseThrow(LinkNoLongerValidException::new);
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
            var events = new ArrayList<AccessEvent>(List.of(new AccessEvent.SignedUp(account.id(), Actor.client(), now, email)));
            events.addAll(AccountAccess.opened(account, Set.of(email), Optional.empty(), Actor.client(), now));
            reactions.on(events);
            return user.id();
        });
    }

    /** An address with a portal user, or of a contact: signing up would duplicate the person. */
    private boolean known(EmailAddress email) {
        return users.findByEmail(email).isPresent() || contacts.findByEmail(email).isPresent();
    }

    private String firmName() {
        return firm.firm().map(f -> f.name().value()).orElse("");
    }
}
