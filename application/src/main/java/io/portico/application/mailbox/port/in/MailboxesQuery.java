package io.portico.application.mailbox.port.in;

import io.portico.domain.staff.StaffId;
import java.util.List;

/** D1, item 2: Settings → Mailboxes. */
public interface MailboxesQuery {

    /**
     * The firm's mailboxes by name, with their health.
     *
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    List<MailboxSettings> mailboxes(StaffId actor);
}
