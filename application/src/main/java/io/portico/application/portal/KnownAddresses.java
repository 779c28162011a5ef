package io.portico.application.portal;

import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.shared.EmailAddress;

/** B9: an address with a portal user, or of a contact: signing up with it would duplicate the person. */
public final class KnownAddresses {

    private final PortalUserPort users;
    private final ContactPort contacts;

    public KnownAddresses(PortalUserPort users, ContactPort contacts) {
        this.users = users;
        this.contacts = contacts;
    }

    boolean known(EmailAddress email) {
        return users.findByEmail(email).isPresent() || contacts.findByEmail(email).isPresent();
    }
}
