package io.portico.application.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.bulk.port.in.StartBulkEmailCommand;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.InMemoryJobFiles;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.JobStatusService;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.AccountId;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 11 item 10: bulk email to the selected accounts, as a job, ending with an Inbox+ report. */
class BulkEmailTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    /** Small limits, so files over them stay small: 1 000 bytes a file, 2 000 together. */
    private static final AttachmentLimits LIMITS = new AttachmentLimits(1_000, 2_000);

    private final MutableClock clock = MutableClock.startingAt("2026-04-01T09:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryAccounts accounts = new InMemoryAccounts(new InMemoryContacts(), staff);
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryJobFiles files = new InMemoryJobFiles();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final RecordingMessages messages = new RecordingMessages();
    private final BulkEmailService bulkEmail = new BulkEmailService(new Viewers(staff, accounts, accounts.archive()), jobs, files, LIMITS, new DirectTransactions(), clock);
    private final StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.EMPLOYEE);
    private final FileAttachment letter = new FileAttachment("letter.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));

    private JobWorker node(String name, int chunk) {
        return new JobWorker(jobs, List.of(new BulkEmailJob(messages, files, chunk)), inbox, new DirectTransactions(),
                new JobTimings(name, LEASE, Duration.ofSeconds(30)), clock);
    }

    private static List<AccountId> accountIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> AccountId.random()).toList();
    }

    private JobId start(List<AccountId> to, MessageDraft draft) {
        return bulkEmail.start(new StartBulkEmailCommand(to, draft, anna.id()));
    }

    private final MessageDraft draft = new MessageDraft(" Tax day ", "Please send your receipts.", List.of(letter));

    @Test
    void issue11_10_each_selected_account_gets_the_message_once_chunk_by_chunk_with_the_attachment_and_the_sender() {
        var to = accountIds(5);
        var id = start(to, draft);
        assertThat(messages.calls).as("nothing is sent before a worker runs the job").isEmpty();

        assertThat(node("a", 2).runNext()).isTrue();

        assertThat(messages.calls).extracting(SendMessageCommand::accounts)
                .containsExactly(to.subList(0, 2), to.subList(2, 4), to.subList(4, 5));
        assertThat(messages.calls).allSatisfy(call -> {
            assertThat(call.by()).isEqualTo(anna.id());
            assertThat(call.draft().subject()).isEqualTo("Tax day");
            assertThat(call.draft().text()).isEqualTo("Please send your receipts.");
            assertThat(call.draft().attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("letter.pdf");
                assertThat(file.content()).isEqualTo(letter.content());
            });
        });
        var job = jobs.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.type()).isEqualTo(JobType.BULK_EMAIL);
        assertThat(job.report()).isEqualTo(new JobReport(5, Map.of()));
    }

    @Test
    void issue11_10_accounts_the_sender_may_not_see_are_skipped_and_the_inbox_report_says_how_many_and_why() {
        var to = accountIds(4);
        messages.hidden.add(to.get(1));
        messages.hidden.add(to.get(3));
        var id = start(to, draft);
        node("a", 3).runNext();

        var job = jobs.find(id).orElseThrow();
        assertThat(job.report()).isEqualTo(new JobReport(2, Map.of(BulkEmailJob.NOT_VISIBLE, 2)));
        assertThat(inbox.latest(anna.id(), 10)).singleElement().satisfies(note -> {
            assertThat(note.messageKey()).isEqualTo("inbox.bulk-email.done");
            assertThat(note.arguments()).containsExactly("Tax day", "2", "2");
            assertThat(note.link()).isEqualTo("clients/jobs/" + id.value()); // issue 12 item 2: the job's page lists each skip
        });
        assertThat(new JobStatusService(jobs).status(anna.id(), id)).map(status -> status.report().skipped())
                .contains(Map.of(BulkEmailJob.NOT_VISIBLE, 2));
    }

    @Test
    void issue11_10_a_crash_mid_run_neither_loses_nor_doubles_a_mail() {
        var to = accountIds(7);
        var id = start(to, draft);
        messages.crashAt(2, new OutOfMemoryError("the node dies before its second chunk commits"));
        var dying = node("a", 3);
        assertThatThrownBy(dying::runNext).isInstanceOf(OutOfMemoryError.class);
        assertThat(messages.accountsReached()).containsExactlyElementsOf(to.subList(0, 3));

        clock.advance(LEASE);
        assertThat(node("b", 3).runNext()).isTrue();
        assertThat(messages.accountsReached()).containsExactlyElementsOf(to);
        assertThat(jobs.find(id).orElseThrow().report().succeeded()).isEqualTo(7);
        assertThat(inbox.unread(anna.id())).isEqualTo(1);
    }

    @Test
    void issue11_10_a_job_that_keeps_failing_reports_how_far_it_got() {
        var to = accountIds(3);
        var id = start(to, draft);
        messages.failFrom(2);
        var failing = new JobWorker(jobs, List.of(new BulkEmailJob(messages, files, 2)), inbox, new DirectTransactions(),
                new JobTimings("a", LEASE, Duration.ZERO), clock);
        for (int attempt = 0; attempt < Job.MAX_FAILURES; attempt++) {
            failing.runNext();
        }
        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.FAILED);
        assertThat(inbox.latest(anna.id(), 10)).singleElement().satisfies(note -> {
            assertThat(note.messageKey()).isEqualTo("inbox.bulk-email.failed");
            assertThat(note.arguments()).containsExactly("Tax day", "2", "3");
            assertThat(note.link()).isEqualTo("clients/jobs/" + id.value());
        });
    }

    @Test
    void issue11_10_the_same_account_selected_twice_gets_one_message() {
        var one = AccountId.random();
        start(List.of(one, one), draft);
        node("a", 200).runNext();
        assertThat(messages.accountsReached()).containsExactly(one);
    }

    @Test
    void issue11_10_a_deactivated_member_starts_nothing() {
        staff.save(anna.withStatus(StaffStatus.DEACTIVATED));
        assertThatThrownBy(() -> start(accountIds(1), draft)).isInstanceOf(NotAllowedException.class);
        assertThat(jobs.leaseNext("a", clock.instant(), clock.instant())).isEmpty();
    }

    @Test
    void issue11_10_bad_input_names_its_field_and_starts_nothing() {
        assertField(() -> start(List.of(), draft), "accounts", "bulk-email.accounts.required");
        assertField(() -> start(accountIds(1), new MessageDraft(" ", "text", List.of())), "subject", "input.required");
        assertField(() -> start(accountIds(1), new MessageDraft("s".repeat(201), "text", List.of())), "subject", "input.too-long");
        assertField(() -> start(accountIds(1), new MessageDraft("subject", "", List.of())), "text", "input.required");
        assertField(() -> start(accountIds(1), new MessageDraft("subject", "t".repeat(20_001), List.of())), "text", "input.too-long");
        var fileTooBig = new FileAttachment("big.bin", null, new byte[(int) LIMITS.maxFileBytes() + 1]);
        assertField(() -> start(accountIds(1), new MessageDraft("subject", "text", List.of(fileTooBig))), "attachments",
                "message.attachment-too-large");
        var half = new FileAttachment("half.bin", null, new byte[(int) LIMITS.maxFileBytes()]);
        assertField(() -> start(accountIds(1), new MessageDraft("subject", "text", List.of(half, half, letter))), "attachments",
                "message.attachments-too-large");
        assertThat(jobs.leaseNext("a", clock.instant(), clock.instant())).isEmpty();
    }

    @Test
    void issue11_10_the_limits_themselves_are_allowed() {
        var half = new FileAttachment("half.bin", null, new byte[(int) LIMITS.maxFileBytes()]);
        start(accountIds(1), new MessageDraft("s".repeat(200), "t".repeat(20_000), List.of(half, half)));
        assertThat(jobs.leaseNext("a", clock.instant(), clock.instant().plus(LEASE))).isPresent();
    }

    @Test
    void a_chunk_holds_at_least_one_account() {
        assertThatThrownBy(() -> new BulkEmailJob(messages, files, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BulkEmailJob(messages, files, 1).type()).isEqualTo(JobType.BULK_EMAIL);
    }

    private static void assertField(Runnable start, String field, String key) {
        assertThatThrownBy(start::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

}
