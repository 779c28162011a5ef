package io.portico.application.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.email.port.out.FolderCursorPort;
import io.portico.application.email.port.out.KnownAddressesPort;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.application.email.port.out.MailboxLeasePort.LeasedMailbox;
import io.portico.domain.email.FolderCursor;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.MailboxId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every adapter of the sync's leases, cursors and contact addresses does (item 3). */
public abstract class MailSyncPortsContract {

    protected static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofMinutes(2));

    protected abstract MailboxLeasePort leases();

    protected abstract FolderCursorPort cursors();

    protected abstract KnownAddressesPort addresses();

    /** A mailbox added at {@code addedAt}, due at once. */
    protected abstract MailboxId mailbox(Instant addedAt);

    /** A contact with this address in the CRM. */
    protected abstract void contactAddress(String address);

    @Test
    void issue13_item3_a_due_mailbox_is_leased_to_one_node_until_its_lease_runs_out() {
        MailboxId studio = mailbox(NOW.minus(Duration.ofDays(3)));

        assertThat(leases().leaseNext("node-a", NOW, LATER)).contains(new LeasedMailbox(studio, NOW.minus(Duration.ofDays(3))));
        assertThat(leases().leaseNext("node-b", NOW.plusSeconds(1), LATER)).isEmpty();
        assertThat(leases().leaseNext("node-a", NOW.plusSeconds(1), LATER)).as("not even to another worker of the same node").isEmpty();
        assertThat(leases().leaseNext("node-b", LATER.plusSeconds(1), LATER.plusSeconds(120))).map(LeasedMailbox::id).contains(studio);
    }

    @Test
    void issue13_item3_a_lease_is_renewed_only_by_its_live_holder() {
        MailboxId studio = mailbox(NOW);
        leases().leaseNext("node-a", NOW, LATER);

        assertThat(leases().renew(studio, "node-b", NOW, LATER.plusSeconds(60))).isFalse();
        assertThat(leases().renew(studio, "node-a", NOW.plusSeconds(60), LATER.plusSeconds(60))).isTrue();
        assertThat(leases().leaseNext("node-b", LATER.plusSeconds(1), LATER.plusSeconds(200))).as("renewed, still held").isEmpty();
        assertThat(leases().renew(studio, "node-a", LATER.plusSeconds(61), LATER.plusSeconds(200))).as("ran out").isFalse();
    }

    @Test
    void issue13_item3_a_released_mailbox_is_due_again_at_the_time_given() {
        MailboxId studio = mailbox(NOW);
        leases().leaseNext("node-a", NOW, LATER);

        leases().release(studio, "node-b", NOW);
        assertThat(leases().leaseNext("node-b", NOW.plusSeconds(1), LATER)).as("only the holder releases").isEmpty();
        leases().release(studio, "node-a", NOW.plusSeconds(60));

        assertThat(leases().leaseNext("node-b", NOW.plusSeconds(59), LATER)).isEmpty();
        assertThat(leases().leaseNext("node-b", NOW.plusSeconds(60), LATER)).map(LeasedMailbox::id).contains(studio);
    }

    @Test
    void issue13_item3_the_mailbox_due_longest_is_leased_first() {
        MailboxId first = mailbox(NOW);
        MailboxId second = mailbox(NOW);
        leases().leaseNext("node-a", NOW, LATER);
        leases().leaseNext("node-a", NOW, LATER);
        leases().release(first, "node-a", NOW.plusSeconds(30));
        leases().release(second, "node-a", NOW.plusSeconds(10));

        assertThat(leases().leaseNext("node-a", NOW.plusSeconds(40), LATER.plusSeconds(40))).map(LeasedMailbox::id).contains(second);
        assertThat(leases().leaseNext("node-a", NOW.plusSeconds(40), LATER.plusSeconds(40))).map(LeasedMailbox::id).contains(first);
    }

    @Test
    void issue13_item3_each_folder_keeps_its_own_cursor() {
        MailboxId studio = mailbox(NOW);
        assertThat(cursors().cursor(studio, Folder.INBOX)).isEmpty();

        cursors().save(studio, Folder.INBOX, new FolderCursor(7, 10));
        cursors().save(studio, Folder.SENT, new FolderCursor(8, 3));
        cursors().save(studio, Folder.INBOX, new FolderCursor(9, 2));

        assertThat(cursors().cursor(studio, Folder.INBOX)).isEqualTo(Optional.of(new FolderCursor(9, 2)));
        assertThat(cursors().cursor(studio, Folder.SENT)).isEqualTo(Optional.of(new FolderCursor(8, 3)));
        assertThat(cursors().cursor(mailbox(NOW), Folder.INBOX)).isEmpty();
    }

    @Test
    void issue13_item4_only_addresses_of_contacts_are_known() {
        contactAddress("Rossi@Client.it");
        contactAddress("bianchi@client.it");

        assertThat(addresses().known(Set.of("rossi@client.it", "shop@unknown.com", "bianchi@client.it")))
                .containsExactlyInAnyOrder("rossi@client.it", "bianchi@client.it");
    }
}
