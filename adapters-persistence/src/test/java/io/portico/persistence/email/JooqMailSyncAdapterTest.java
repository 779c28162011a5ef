package io.portico.persistence.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.email.MailSyncPortsContract;
import io.portico.application.email.port.out.FolderCursorPort;
import io.portico.application.email.port.out.KnownAddressesPort;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.domain.mailbox.MailboxId;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqMailSyncAdapterTest extends MailSyncPortsContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final JooqMailSyncAdapter sync = new JooqMailSyncAdapter(postgres.dsl());
    private final SyncFixture fixture = new SyncFixture(postgres.dsl());

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
        return EmailAdapters.mailboxRow(postgres.dsl(), "box-" + System.nanoTime() + "@firm.it", addedAt);
    }

    @Override
    protected void contactAddress(String address) {
        fixture.contact(address, false);
    }

    @Test
    void issue13_item3_two_nodes_leasing_at_once_get_different_mailboxes() throws Exception {
        mailbox(NOW);
        mailbox(NOW);
        var ready = new CountDownLatch(2);
        Callable<Optional<MailboxLeasePort.LeasedMailbox>> lease = () -> {
            Concurrently.arriveAndAwait(ready);
            return sync.leaseNext(Thread.currentThread().getName(), NOW, NOW.plusSeconds(120));
        };

        List<Optional<MailboxLeasePort.LeasedMailbox>> leased = Concurrently.run(lease, lease);

        assertThat(leased).allMatch(Optional::isPresent);
        assertThat(leased.get(0).orElseThrow().id()).isNotEqualTo(leased.get(1).orElseThrow().id());
    }
}
