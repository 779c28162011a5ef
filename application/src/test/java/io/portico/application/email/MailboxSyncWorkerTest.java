package io.portico.application.email;

import static io.portico.application.email.SyncWorld.NODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mailbox.InMemoryMailboxes.Report;
import io.portico.application.shared.LogCapture;
import io.portico.domain.email.FolderCursor;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailboxSyncWorkerTest {

    private final SyncWorld world = new SyncWorld();
    private Mailbox studio;

    @BeforeEach
    void firm() {
        studio = world.mailbox("studio@firm.it", 1);
        world.sync.contactAddresses("rossi@client.it", "bianchi@client.it");
    }

    @Test
    void issue13_item3_the_backfill_keeps_the_window_of_mail_with_a_contact_and_only_counts_the_rest() {
        world.reader.server(studio).deliver(Folder.INBOX,
                world.mail("<old@x>", "Old", "rossi@client.it", 400, "studio@firm.it"),
                world.mail("<a@x>", "Tax return", "rossi@client.it", 30, "studio@firm.it"),
                world.mail("<spam@x>", "Offer", "shop@unknown.com", 20, "studio@firm.it"),
                world.mail("<b@x>", "Invoice", "Bianchi@Client.it", 10, "studio@firm.it"));
        world.reader.server(studio).deliver(Folder.SENT,
                world.mail("<c@x>", "Re: Tax return", "studio@firm.it", 29, "rossi@client.it"));

        assertThat(world.worker(false).syncNext()).isTrue();

        assertThat(world.keptIds()).containsExactly("<a@x>", "<b@x>", "<c@x>");
        assertThat(world.reportedStored()).isEqualTo(3);
        assertThat(world.reportedUnmatched()).isEqualTo(1);
        assertThat(world.sync.cursor(studio.id(), Folder.INBOX)).contains(new FolderCursor(1, 4));
        assertThat(world.sync.cursor(studio.id(), Folder.SENT)).contains(new FolderCursor(1, 1));
        assertThat(world.mailboxes.reports).allMatch(report -> report.error().isEmpty());
    }

    @Test
    void issue13_item3_one_query_per_batch_finds_which_addresses_are_contacts() {
        world.reader.server(studio).deliver(Folder.INBOX,
                world.mail("<a@x>", "A", "rossi@client.it", 3, "studio@firm.it"),
                world.mail("<b@x>", "B", "x@unknown.com", 2, "studio@firm.it"),
                world.mail("<c@x>", "C", "y@unknown.com", 1, "studio@firm.it"));

        world.worker(false).syncNext();

        assertThat(world.sync.addressQueries).isEqualTo(2);
    }

    @Test
    void issue13_item3_a_restart_after_a_crash_mid_sync_continues_after_the_last_kept_batch() {
        world.reader.server(studio).deliver(Folder.INBOX,
                world.mail("<1@x>", "One", "rossi@client.it", 5, "studio@firm.it"),
                world.mail("<2@x>", "Two", "rossi@client.it", 4, "studio@firm.it"),
                world.mail("<3@x>", "Three", "rossi@client.it", 3, "studio@firm.it"),
                world.mail("<4@x>", "Four", "rossi@client.it", 2, "studio@firm.it"),
                world.mail("<5@x>", "Five", "rossi@client.it", 1, "studio@firm.it"));
        world.reader.crashAtFetch(2);

        assertThatThrownBy(() -> world.worker(false).syncNext()).hasMessage("the node died");
        assertThat(world.keptIds()).containsExactly("<1@x>", "<2@x>");

        world.clock.advance(Duration.ofMinutes(5));
        world.worker(false).syncNext();

        assertThat(world.keptIds()).containsExactly("<1@x>", "<2@x>", "<3@x>", "<4@x>", "<5@x>");
        assertThat(world.reportedStored()).as("no message read twice").isEqualTo(5);
    }

    @Test
    void issue13_item3_a_changed_uidvalidity_resyncs_the_folder_without_duplicates() {
        var server = world.reader.server(studio);
        server.deliver(Folder.INBOX,
                world.mail("<1@x>", "One", "rossi@client.it", 5, "studio@firm.it"),
                world.mail("<2@x>", "Two", "rossi@client.it", 4, "studio@firm.it"));
        world.worker(false).syncNext();

        server.folder(Folder.INBOX).renumber(99);
        server.deliver(Folder.INBOX, world.mail("<3@x>", "Three", "rossi@client.it", 0, "studio@firm.it"));
        world.clock.advance(Duration.ofMinutes(1));
        world.worker(false).syncNext();

        assertThat(world.keptIds()).containsExactly("<1@x>", "<2@x>", "<3@x>");
        assertThat(world.store.messages()).hasSize(3);
        assertThat(world.sync.cursor(studio.id(), Folder.INBOX)).contains(new FolderCursor(99, 3));
    }

    @Test
    void issue13_item4_the_same_message_in_two_mailboxes_is_kept_once() {
        Mailbox partner = world.mailbox("partner@firm.it", 1);
        var mail = world.mail("<both@x>", "Meeting", "rossi@client.it", 2, "studio@firm.it", "partner@firm.it");
        world.reader.server(studio).deliver(Folder.INBOX, mail);
        world.reader.server(partner).deliver(Folder.INBOX, mail);

        world.worker(false).syncNext();
        world.worker(false).syncNext();

        assertThat(world.keptIds()).containsExactly("<both@x>");
        assertThat(world.mailboxes.reports.stream().filter(report -> report.stored() == 1).map(Report::mailbox))
                .as("each mailbox counts it as synced").containsExactlyInAnyOrder(studio.id(), partner.id());
    }

    @Test
    void issue13_item4_a_reply_in_the_same_batch_joins_the_thread_of_what_it_answers() {
        var question = world.mail("<q@x>", "Question", "rossi@client.it", 3, "studio@firm.it");
        var answer = SyncWorld.replyTo(world.mail("<r@x>", "Antwort", "studio@firm.it", 2, "rossi@client.it"), "<q@x>");
        world.reader.server(studio).deliver(Folder.INBOX, question, answer);

        world.worker(false).syncNext();

        assertThat(world.store.message("<r@x>").orElseThrow().thread()).isEqualTo(world.store.message("<q@x>").orElseThrow().thread());
    }

    @Test
    void issue13_item3_a_message_that_cannot_be_read_is_passed_over_and_the_sync_goes_on() {
        var server = world.reader.server(studio);
        server.deliverBroken(Folder.INBOX, "broken MIME", world.clock.instant().minus(Duration.ofDays(3)), new EmailAddress("rossi@client.it"));
        server.deliver(Folder.INBOX, world.mail("<after@x>", "After", "rossi@client.it", 2, "studio@firm.it"));

        world.worker(false).syncNext();

        assertThat(world.keptIds()).containsExactly("<after@x>");
        assertThat(world.sync.cursor(studio.id(), Folder.INBOX)).contains(new FolderCursor(1, 2));
        assertThat(world.mailboxes.reports).allMatch(report -> report.error().isEmpty());
    }

    @Test
    void issue14_6_a_message_passed_over_is_logged_by_mailbox_id_and_uid_without_the_addresses_in_its_reason() {
        var server = world.reader.server(studio);
        server.deliverBroken(Folder.INBOX, "Illegal address in string ``rossi@client.it''", world.clock.instant().minus(Duration.ofDays(3)),
                new EmailAddress("rossi@client.it"));

        try (var log = LogCapture.of(SyncBatches.class)) {
            world.worker(false).syncNext();

            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains(studio.id().value().toString(), "UID 1", "Illegal address").doesNotContain("rossi", "client.it"));
        }
    }

    @Test
    void issue13_item3_a_mailbox_another_node_holds_is_left_alone() {
        Instant now = world.clock.instant();
        world.sync.leaseNext("node-b", now, now.plus(Duration.ofMinutes(2)));
        world.reader.server(studio).deliver(Folder.INBOX, world.mail("<a@x>", "A", "rossi@client.it", 1, "studio@firm.it"));

        assertThat(world.worker(false).syncNext()).isFalse();

        assertThat(world.reader.opened).isZero();
        assertThat(world.store.messages()).isEmpty();
    }

    @Test
    void issue13_item3_an_expired_lease_of_a_dead_node_lets_this_node_continue() {
        Instant now = world.clock.instant();
        world.sync.leaseNext("node-b", now, now.plus(Duration.ofMinutes(2)));
        world.reader.server(studio).deliver(Folder.INBOX, world.mail("<a@x>", "A", "rossi@client.it", 1, "studio@firm.it"));
        world.clock.advance(Duration.ofMinutes(3));

        assertThat(world.worker(false).syncNext()).isTrue();

        assertThat(world.keptIds()).containsExactly("<a@x>");
    }

    @Test
    void issue13_item3_polling_makes_the_mailbox_due_again_after_the_interval() {
        world.worker(false).syncNext();

        assertThat(world.sync.nextSyncAt(studio.id())).contains(world.clock.instant().plusSeconds(60));
        assertThat(world.worker(false).syncNext()).isFalse();
        world.clock.advance(Duration.ofSeconds(60));
        assertThat(world.worker(false).syncNext()).isTrue();
    }

    @Test
    void issue13_item3_with_idle_new_mail_is_synced_as_it_arrives_while_the_lease_is_held() {
        var server = world.reader.server(studio);
        server.onNextWait(() -> {
            server.deliver(Folder.INBOX, world.mail("<new@x>", "New", "rossi@client.it", 0, "studio@firm.it"));
            return true;
        });

        world.worker(true).syncNext();

        assertThat(world.keptIds()).containsExactly("<new@x>");
        assertThat(world.reader.opened).isEqualTo(1);
        assertThat(world.sync.nextSyncAt(studio.id())).as("due at once to wait again").contains(world.clock.instant());
    }

    @Test
    void issue13_item2_an_unreachable_mailbox_is_reported_and_tried_again_on_the_next_pass() {
        world.reader.server(studio).unreachable(SyncError.WRONG_PASSWORD);

        assertThat(world.worker(false).syncNext()).isTrue();

        assertThat(world.mailboxes.reports).extracting(Report::error).containsExactly(Optional.of(SyncError.WRONG_PASSWORD));
        world.reader.server(studio).reachable();
        world.reader.server(studio).deliver(Folder.INBOX, world.mail("<a@x>", "A", "rossi@client.it", 1, "studio@firm.it"));
        world.clock.advance(Duration.ofSeconds(60));
        world.worker(false).syncNext();
        assertThat(world.keptIds()).containsExactly("<a@x>");
    }

    @Test
    void issue13_item8_new_inbox_mail_raises_notices_from_an_hour_before_the_mailbox_was_added_and_sent_mail_none() {
        world.reader.server(studio).deliver(Folder.INBOX, world.mail("<in@x>", "In", "rossi@client.it", 0, "studio@firm.it"));
        world.reader.server(studio).deliver(Folder.SENT, world.mail("<out@x>", "Out", "studio@firm.it", 0, "rossi@client.it"));

        world.worker(false).syncNext();

        var inbox = world.store.message("<in@x>").orElseThrow().id();
        assertThat(world.sync.notices).containsExactly(new InMemoryMailSync.Notices(List.of(inbox),
                world.clock.instant().minus(Duration.ofDays(1)).minus(Duration.ofHours(1))));
        assertThat(world.sync.documents).containsExactly(List.of(inbox), List.of(world.store.message("<out@x>").orElseThrow().id()));
    }

    @Test
    void issue13_item3_a_deleted_mailbox_is_not_read() {
        var gone = io.portico.domain.mailbox.MailboxId.random();
        world.sync.mailbox(gone, world.clock.instant());
        world.sync.release(gone, NODE, Instant.MIN);

        world.worker(false).syncNext();
        world.worker(false).syncNext();

        assertThat(world.reader.opened).isEqualTo(1);
        assertThat(world.sync.nextSyncAt(gone)).as("its lease given back").contains(world.clock.instant().plusSeconds(60));
        assertThat(world.worker(false).syncNext()).isFalse();
    }

    @Test
    void issue13_item3_a_node_whose_lease_ran_out_mid_pass_stops_before_the_next_batch() {
        for (int i = 1; i <= 5; i++) {
            world.reader.server(studio).deliver(Folder.INBOX, world.mail("<" + i + "@x>", "M" + i, "rossi@client.it", 10 - i, "studio@firm.it"));
        }
        world.reader.atFetch(2, () -> world.clock.advance(Duration.ofMinutes(3)));

        world.worker(false).syncNext();

        assertThat(world.keptIds()).containsExactly("<1@x>", "<2@x>", "<3@x>", "<4@x>");
        assertThat(world.mailboxes.reports).as("no pass reported complete").hasSize(2);
    }

    @Test
    void issue13_item3_with_idle_a_lease_lost_while_waiting_ends_the_work() {
        var server = world.reader.server(studio);
        server.onNextWait(() -> {
            server.deliver(Folder.INBOX, world.mail("<new@x>", "New", "rossi@client.it", 0, "studio@firm.it"));
            world.clock.advance(Duration.ofMinutes(10));
            return true;
        });

        world.worker(true).syncNext();

        assertThat(world.store.messages()).isEmpty();
    }
}
