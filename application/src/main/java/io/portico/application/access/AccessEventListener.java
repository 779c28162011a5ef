package io.portico.application.access;

import io.portico.domain.account.access.AccessEvent;
import java.util.List;

/**
 * Something that reacts to access events in the transaction of the change: the history, invitations,
 * team notices — and next NOTIFY delivery, email sync, bulk edit. Events it does not care about it
 * ignores.
 */
public interface AccessEventListener {

    /** @return what its reaction made happen in turn (e.g. an invitation sent), for every listener to hear */
    List<AccessEvent> on(AccessEvent event);
}
