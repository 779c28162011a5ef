package io.portico.application.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.shared.DirectTransactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.contact.ContactId;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailRescanJobTest {

    private final SyncWorld world = new SyncWorld();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final EmailRescanTrigger trigger = new EmailRescanTrigger(jobs, world.mailboxes);
    private final JobWorker worker = new JobWorker(jobs, List.of(new EmailRescanJob(world.mailboxes, world.reader, world.batches,
            world.settings(false), world.clock)), inbox, new DirectTransactions(),
            new JobTimings("node-a", Duration.ofMinutes(1), Duration.ofSeconds(30)), world.clock);
    private final StaffId anna = StaffId.random();

    private AccessEvent.AddressesChanged changed(Actor by, List<String> before, String... after) {
        return new AccessEvent.AddressesChanged(AccountId.random(), by, world.clock.instant(), ContactId.random(),
                before.stream().map(EmailAddress::new).toList(), Arrays.stream(after).map(EmailAddress::new).toList());
    }

    @Test
    void issue13_item5_a_contact_gaining_an_address_starts_a_rescan_of_the_new_address_only() {
        world.mailbox("studio@firm.it", 10);
        world.mailbox("partner@firm.it", 10);

        assertThat(trigger.on(changed(Actor.staff(anna), List.of("rossi@client.it"), "ROSSI@client.it", "new@client.it"))).isEmpty();

        assertThat(jobs.all()).singleElement().satisfies(job -> {
            assertThat(job.type()).isEqualTo(JobType.EMAIL_RESCAN);
            assertThat(job.parameters().list(EmailRescanJob.ADDRESSES)).containsExactly("new@client.it");
            assertThat(job.parameters().displayName()).isEqualTo("new@client.it");
            assertThat(job.progress().total()).as("one step per mailbox").isEqualTo(2);
            assertThat(job.createdBy()).isEqualTo(anna);
        });
    }

    @Test
    void issue13_item5_a_contact_of_several_accounts_changed_once_is_rescanned_once() {
        world.mailbox("studio@firm.it", 10);
        ContactId contact = ContactId.random();
        for (int account = 0; account < 3; account++) {
            trigger.on(new AccessEvent.AddressesChanged(AccountId.random(), Actor.staff(anna), world.clock.instant(), contact, List.of(),
                    List.of(new EmailAddress("new@client.it"))));
        }
        world.clock.advance(Duration.ofMinutes(1));
        trigger.on(new AccessEvent.AddressesChanged(AccountId.random(), Actor.staff(anna), world.clock.instant(), contact, List.of(),
                List.of(new EmailAddress("new@client.it"))));

        assertThat(jobs.all()).as("the later change is another one").hasSize(2);
    }

    @Test
    void issue13_item5_no_rescan_when_no_address_was_gained_or_no_mailbox_exists() {
        trigger.on(changed(Actor.staff(anna), List.of(), "new@client.it"));
        world.mailbox("studio@firm.it", 10);
        trigger.on(changed(Actor.staff(anna), List.of("a@client.it", "b@client.it"), "b@client.it"));
        trigger.on(changed(Actor.client(), List.of(), "new@client.it"));
        trigger.on(new AccessEvent.ContactLinked(AccountId.random(), Actor.staff(anna), world.clock.instant(), ContactId.random()));

        assertThat(jobs.all()).isEmpty();
    }

    @Test
    void issue13_item5_the_rescan_stores_the_mail_of_the_new_address_from_every_mailbox_without_notices() {
        Mailbox studio = world.mailbox("studio@firm.it", 10);
        Mailbox partner = world.mailbox("partner@firm.it", 10);
        world.reader.server(studio).deliver(Folder.INBOX,
                world.mail("<in@x>", "Hello", "new@client.it", 20, "studio@firm.it"),
                world.mail("<other@x>", "Else", "else@client.it", 20, "studio@firm.it"),
                world.mail("<old@x>", "Old", "new@client.it", 500, "studio@firm.it"));
        world.reader.server(partner).deliver(Folder.SENT, world.mail("<out@x>", "Answer", "partner@firm.it", 19, "new@client.it"));
        trigger.on(changed(Actor.staff(anna), List.of(), "new@client.it"));

        worker.runNext();

        Job done = jobs.all().getFirst();
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.report().succeeded()).isEqualTo(2);
        assertThat(world.keptIds()).containsExactly("<in@x>", "<out@x>");
        assertThat(world.reader.searches).hasSize(4);
        assertThat(world.sync.notices).isEmpty();
        assertThat(world.sync.documents).hasSize(4);
        assertThat(inbox.latest(anna, 5)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("inbox.email-rescan.done");
            assertThat(notice.arguments()).containsExactly("new@client.it", "2");
        });
    }

    @Test
    void issue13_item5_a_rescan_that_cannot_reach_a_mailbox_is_retried_then_reported_failed() {
        Mailbox studio = world.mailbox("studio@firm.it", 10);
        world.reader.server(studio).unreachable(SyncError.HOST_UNREACHABLE);
        trigger.on(changed(Actor.staff(anna), List.of(), "new@client.it"));

        for (int attempt = 0; attempt < Job.MAX_FAILURES; attempt++) {
            worker.runNext();
            world.clock.advance(Duration.ofMinutes(1));
        }

        assertThat(jobs.all().getFirst().state()).isEqualTo(JobState.FAILED);
        assertThat(inbox.latest(anna, 5)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("inbox.email-rescan.failed");
            assertThat(notice.arguments()).containsExactly("new@client.it");
        });
    }

    @Test
    void issue13_item5_a_mailbox_removed_while_the_rescan_runs_ends_it() {
        Mailbox studio = world.mailbox("studio@firm.it", 10);
        trigger.on(changed(Actor.staff(anna), List.of(), "new@client.it"));
        Job queued = jobs.all().getFirst();
        var job = new EmailRescanJob(world.mailboxes, world.reader, world.batches, world.settings(false), world.clock);

        var outcome = job.runChunk(new Job(queued.id(), queued.type(), queued.parameters(), queued.state(), queued.progress(),
                java.util.Optional.of("1"), queued.lease(), queued.report(), 0, anna, queued.createdAt(), queued.finishedAt()));

        assertThat(outcome.items()).isZero();
        assertThat(outcome.nextCursor()).isEmpty();
        assertThat(world.reader.opened).isZero();
        assertThat(studio).isNotNull();
    }
}
