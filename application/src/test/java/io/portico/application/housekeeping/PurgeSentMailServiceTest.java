package io.portico.application.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.MutableClock;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurgeSentMailServiceTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-23T09:00:00Z");
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final PurgeSentMailService purge = new PurgeSentMailService(outbox, Duration.ofDays(30), clock);

    @Test
    void issue10_13_sent_mails_are_deleted_after_the_days_the_firm_keeps_them() {
        outbox.enqueue(mail("old@x.it"), clock.instant());
        outbox.markSent(outbox.claimDue(clock.instant(), 1).getFirst().id(), clock.instant());
        clock.advance(Duration.ofDays(1));
        outbox.enqueue(mail("recent@x.it"), clock.instant());
        outbox.markSent(outbox.claimDue(clock.instant(), 1).getFirst().id(), clock.instant());

        clock.advance(Duration.ofDays(29));
        assertThat(purge.purge()).as("exactly 30 days: kept").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(purge.purge()).isEqualTo(1);
        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsExactly(new EmailAddress("recent@x.it"));
    }

    @Test
    void issue10_13_the_days_kept_are_at_least_one() {
        assertThatThrownBy(() -> new PurgeSentMailService(outbox, Duration.ofHours(23), clock))
                .isInstanceOf(IllegalArgumentException.class);
        new PurgeSentMailService(outbox, Duration.ofDays(1), clock);
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(new EmailAddress(to), "Subject", "<p>Hello</p>", "Hello");
    }
}
