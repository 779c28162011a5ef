package io.portico.application.access;

import io.portico.application.access.port.out.SaveAccessPort;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;

/**
 * The last step of every access change, in the caller's transaction: what the aggregate changed is
 * saved and its events handed to the reactions. A change that changed nothing writes nothing.
 */
public final class AccessChanges {

    private final SaveAccessPort save;
    private final AccessReactions reactions;

    public AccessChanges(SaveAccessPort save, AccessReactions reactions) {
        this.save = save;
        this.reactions = reactions;
    }

    public void commit(AccountAccess access, List<AccessEvent> events, StaffId by, Instant at) {
        if (events.isEmpty()) {
            return;
        }
        save.save(access, events, by, at);
        reactions.on(events);
    }
}
