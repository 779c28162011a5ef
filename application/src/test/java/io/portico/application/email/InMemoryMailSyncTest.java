package io.portico.application.email;

import io.portico.application.email.port.out.FolderCursorPort;
import io.portico.application.email.port.out.KnownAddressesPort;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;

class InMemoryMailSyncTest extends MailSyncPortsContract {

    private final InMemoryMailSync sync = new InMemoryMailSync();

    @Override
    protected MailboxLeasePort leases() {
        return sync;
    }

    @Override
    protected FolderCursorPort cursors() {
        return sync;
    }

    @Override
    protected KnownAddressesPort addresses() {
        return sync;
    }

    @Override
    protected MailboxId mailbox(Instant addedAt) {
        MailboxId id = MailboxId.random();
        sync.mailbox(id, addedAt);
        return id;
    }

    @Override
    protected void contactAddress(String address) {
        sync.contactAddresses(address);
    }
}
