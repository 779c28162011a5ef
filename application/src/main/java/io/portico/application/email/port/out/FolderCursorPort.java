package io.portico.application.email.port.out;

import io.portico.domain.email.FolderCursor;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.MailboxId;
import java.util.Optional;

/** Item 3: where the sync of each folder of a mailbox stands; saved in the transaction of the batch it follows. */
public interface FolderCursorPort {

    Optional<FolderCursor> cursor(MailboxId mailbox, Folder folder);

    void save(MailboxId mailbox, Folder folder, FolderCursor cursor);
}
