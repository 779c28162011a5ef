package io.portico.application.portal;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.firm.FirmQueryService;
import io.portico.application.firm.InMemoryFirms;
import io.portico.application.mail.MailQueue;
import io.portico.application.shared.FixedLinks;

/** The portal's in-memory ports, and {@link Invitations} over them, for use-case tests. */
public final class PortalFakes {

    public final InMemoryPortalUsers users = new InMemoryPortalUsers();
    public final InMemoryInvitations invitations = new InMemoryInvitations();
    public final InMemoryPortalSettings settings = new InMemoryPortalSettings();
    public final InMemoryFirms firms = new InMemoryFirms();

    public Invitations invitations(InMemoryAccounts accounts, MailQueue mail) {
        return new Invitations(invitations, users, accounts, settings, new InvitationMail(mail, new FixedLinks(), new FirmQueryService(firms)));
    }

    /** Invitations whose mails no test looks at. */
    public Invitations invitations(InMemoryAccounts accounts, java.time.Clock clock) {
        return invitations(accounts, new MailQueue(new io.portico.application.mail.FakeMailRenderer(),
                new io.portico.application.mail.InMemoryMailOutbox(), clock));
    }

    /** B3: the pending activation list over these users and links. */
    public InMemoryPendingActivations pending(InMemoryAccounts accounts, InMemoryContacts contacts) {
        return new InMemoryPendingActivations(accounts, contacts, users, invitations);
    }
}
