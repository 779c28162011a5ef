package io.portico.application.erasure;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.Administrators;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;

/** Issue 14, item 2: who may erase (the owner and admins) and what (an archived account, a contact linked nowhere). */
public final class Erasables {

    /** Why an account or a contact cannot be erased now, if it cannot. */
    enum Obstacle { NONE, NOT_ARCHIVED, STILL_LINKED }

    private final Administrators administrators;
    private final AccountPort accounts;
    private final AccountArchivePort archive;
    private final ContactPort contacts;
    private final ContactListPort links;

    public Erasables(Administrators administrators, AccountPort accounts, AccountArchivePort archive, ContactPort contacts, ContactListPort links) {
        this.administrators = administrators;
        this.accounts = accounts;
        this.archive = archive;
        this.contacts = contacts;
        this.links = links;
    }

    boolean administers(StaffId actor) {
        return administrators.administers(actor);
    }

    /** Admins see every account, so an account that is not there is the only "not found". */
    Obstacle account(StaffId actor, AccountId account) {
        allowed(actor);
        if (accounts.find(account).isEmpty()) {
            throw new InvalidInputException("account", "account.not-found");
        }
        return archive.archivedAt(account).isPresent() ? Obstacle.NONE : Obstacle.NOT_ARCHIVED;
    }

    Obstacle contact(StaffId actor, ContactId contact) {
        allowed(actor);
        if (contacts.find(contact).isEmpty()) {
            throw new InvalidInputException("contact", "contact.not-found");
        }
        return links.linkedAccounts(contact).isEmpty() ? Obstacle.NONE : Obstacle.STILL_LINKED;
    }

    private void allowed(StaffId actor) {
        administrators.require(actor, "erase");
    }
}
