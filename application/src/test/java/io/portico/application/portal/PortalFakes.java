package io.portico.application.portal;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.ContactLanguages;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.firm.FirmQueryService;
import io.portico.application.firm.InMemoryFirms;
import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.mail.MailQueue;
import io.portico.application.shared.FixedLinks;

/** The portal's in-memory ports, and {@link Invitations} over them, for use-case tests. */
public final class PortalFakes {

    public final InMemoryPortalUsers users = new InMemoryPortalUsers();
    public final InMemoryMailedLinks links = new InMemoryMailedLinks();
    public final InMemoryPortalSettings settings = new InMemoryPortalSettings();
    public final InMemoryFirms firms = new InMemoryFirms();

    public Invitations invitations(InMemoryAccounts accounts, MailQueue mail) {
        return new Invitations(links, users, accounts, settings, mails(mail, accounts.contacts()));
    }

    /** Invitations whose mails no test looks at. */
    public Invitations invitations(InMemoryAccounts accounts, java.time.Clock clock) {
        return invitations(accounts, new MailQueue(new io.portico.application.mail.FakeMailRenderer(),
                new io.portico.application.mail.InMemoryMailOutbox(), clock));
    }

    /** B3: the pending activation list over these users and links. */
    public InMemoryPendingActivations pending(InMemoryAccounts accounts, InMemoryContacts contacts) {
        return new InMemoryPendingActivations(accounts, contacts, users, links);
    }

    /** The portal's link mails, with this firm's name, each in its contact's language (issue 11, item 3). */
    public PortalLinkMails mails(MailQueue mail, InMemoryContacts contacts) {
        return new PortalLinkMails(mail, new FixedLinks(), new FirmQueryService(firms), new ContactLanguages(contacts, firms));
    }

    /** The portal's link mails where no address has a contact: the language of the client's page counts. */
    public PortalLinkMails mails(MailQueue mail) {
        return mails(mail, new InMemoryContacts());
    }

    /** B2: the invitation links that still grant something, over these users and links. */
    public ActivationLinks activationLinks(InMemoryAccounts accounts, java.time.Clock clock) {
        return new ActivationLinks(links, accounts, users, accounts, clock);
    }
}
