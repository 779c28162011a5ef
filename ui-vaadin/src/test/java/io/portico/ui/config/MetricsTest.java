package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mailbox.InMemoryMailboxes;
import io.portico.application.mailbox.MailboxPortContract;
import io.portico.application.portal.port.in.PortalSignInUseCase;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobType;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 14 item 6: what each of Portico's meters counts, on a plain registry. */
class MetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final MutableClock clock = MutableClock.startingAt("2026-11-30T09:00:00Z");
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    private UUID queued(String to) {
        return outbox.enqueue(new OutgoingMail(new EmailAddress(to), "Hello", "<p>Hi</p>", "Hi"), clock.instant());
    }

    private double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    @Test
    void issue14_6_the_dispatchers_outbox_counts_deliveries_retries_and_given_up_mails() {
        var metered = new MeteredOutbox(outbox, registry);
        metered.markSent(queued("a@example.com"), clock.instant());
        metered.markSent(List.of(queued("b@example.com"), queued("c@example.com")), clock.instant());
        metered.markFailed(queued("d@example.com"), 1, clock.instant(), "421 later");
        metered.markDead(queued("e@example.com"), 10, "550 unknown");

        assertThat(counter("portico.mail.deliveries")).isEqualTo(3);
        assertThat(counter("portico.mail.failures", "outcome", "retry")).isEqualTo(1);
        assertThat(counter("portico.mail.failures", "outcome", "dead")).isEqualTo(1);
        assertThat(outbox.undeliverable(10)).hasSize(1);
    }

    @Test
    void issue14_6_a_job_kind_is_timed_per_chunk_counts_its_rows_and_times_a_finished_job_from_start_to_end() {
        JobKind kind = new JobKind() {
            @Override
            public JobType type() {
                return JobType.IMPORT;
            }

            @Override
            public ChunkOutcome runChunk(Job job) {
                return new ChunkOutcome(40, JobReport.EMPTY, Optional.empty());
            }

            @Override
            public JobNotice report(Job finished) {
                return new JobNotice("job.done", List.of(), "jobs");
            }
        };
        var metered = new MeteredJobKind(kind, registry);
        Instant start = clock.instant();
        Job job = Job.queued(JobType.IMPORT, new JobParameters(Map.of()), 80, StaffId.random(), start).leasedBy("node", start, start.plusSeconds(60));

        ChunkOutcome chunk = metered.runChunk(job);
        metered.runChunk(job);
        JobNotice notice = metered.report(job.advanced(chunk, start.plusSeconds(90), start.plusSeconds(120)));

        assertThat(metered.type()).isEqualTo(JobType.IMPORT);
        assertThat(notice.messageKey()).isEqualTo("job.done");
        assertThat(registry.get("portico.job.chunk").tags("type", "import").timer().count()).isEqualTo(2);
        assertThat(counter("portico.job.rows", "type", "import")).isEqualTo(80);
        var done = registry.get("portico.job.duration").tags("type", "import", "state", "done").timer();
        assertThat(done.count()).isEqualTo(1);
        assertThat(done.totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(90);
        assertThat(registry.get("portico.job.duration").tags("type", "import", "state", "failed").timer().count()).isZero();
    }

    @Test
    void issue14_6_sync_errors_and_lag_are_per_mailbox_id_never_its_address() {
        var mailboxes = new InMemoryMailboxes();
        Mailbox office = MailboxPortContract.mailbox("Office", "office@studio.example");
        Mailbox info = MailboxPortContract.mailbox("Info", "info@studio.example");
        mailboxes.add(office, clock.instant());
        mailboxes.add(info, clock.instant());
        var metered = new MeteredMailboxHealth(mailboxes, registry);
        metered.synced(office.id(), clock.instant(), 3, 1);
        metered.failed(info.id(), clock.instant(), SyncError.WRONG_PASSWORD);
        metered.failed(info.id(), clock.instant(), SyncError.WRONG_PASSWORD);
        var gauges = new HealthGauges(outbox, mailboxes, Duration.ofSeconds(5), clock);
        gauges.bindTo(registry);
        clock.advance(Duration.ofSeconds(42));

        assertThat(counter("portico.mailsync.errors", "mailbox", info.id().value().toString(), "error", "WRONG_PASSWORD")).isEqualTo(2);
        assertThat(gauge("portico.mailsync.lag", "mailbox", office.id().value().toString())).isEqualTo(42);
        assertThat(registry.find("portico.mailsync.lag").tags("mailbox", info.id().value().toString()).gauge())
                .as("never synced: no lag yet").isNull();
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString()).doesNotContain("@"));
        assertThat(metered.health()).isEqualTo(mailboxes.health());
    }

    @Test
    void issue14_6_outbox_gauges_read_depth_dead_and_oldest_wait_at_most_once_per_fresh_period() {
        queued("a@example.com");
        outbox.markDead(queued("b@example.com"), 10, "550");
        new HealthGauges(outbox, new InMemoryMailboxes(), Duration.ofSeconds(5), clock).bindTo(registry);
        clock.advance(Duration.ofSeconds(60));

        assertThat(gauge("portico.outbox.depth")).isEqualTo(1);
        assertThat(gauge("portico.outbox.dead")).isEqualTo(1);
        assertThat(gauge("portico.outbox.oldest.age")).isEqualTo(60);

        queued("c@example.com");
        clock.advance(Duration.ofSeconds(4));
        assertThat(gauge("portico.outbox.depth")).as("kept for 5 s").isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(gauge("portico.outbox.depth")).as("read again").isEqualTo(2);
        assertThat(gauge("portico.outbox.oldest.age")).isEqualTo(65);
    }

    @Test
    void issue14_6_sign_in_failures_count_per_realm_and_throttled_attempts_per_kind() {
        var signIns = new MeteredSignIns(registry);
        AuthenticateStaffUseCase staff = signIns.staff((email, password) -> Optional.empty());
        PortalSignInUseCase portal = signIns.portal((email, password) -> password.equals("right")
                ? Optional.of(new PortalUserId(UUID.randomUUID())) : Optional.empty());
        ThrottleAttemptsUseCase throttle = signIns.throttle(new ThrottleAttemptsUseCase() {
            @Override
            public Attempt take(AttemptCommand command) {
                return command.address().startsWith("slow") ? new Attempt.Refused(Duration.ofSeconds(30)) : new Attempt.Allowed(null);
            }

            @Override
            public void succeeded(AttemptKind kind, String address) {
            }
        });

        staff.authenticate("anna@studio.example", "wrong");
        portal.signIn(new EmailAddress("client@example.com"), "wrong");
        portal.signIn(new EmailAddress("client@example.com"), "right");
        throttle.take(new AttemptCommand(AttemptKind.PORTAL_SIGN_IN, "slow@example.com", "10.0.0.1"));
        throttle.take(new AttemptCommand(AttemptKind.PORTAL_SIGN_IN, "fast@example.com", "10.0.0.1"));
        throttle.succeeded(AttemptKind.PORTAL_SIGN_IN, "fast@example.com");

        assertThat(counter("portico.signin.failures", "realm", "staff")).isEqualTo(1);
        assertThat(counter("portico.signin.failures", "realm", "portal")).isEqualTo(1);
        assertThat(counter("portico.signin.throttled", "kind", "portal_sign_in")).isEqualTo(1);
        assertThat(counter("portico.signin.throttled", "kind", "staff_sign_in")).isZero();
    }
}
