package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link OutboxFiguresPort} does (item 11); each test starts with an empty outbox. */
public abstract class OutboxFiguresPortContract {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    protected abstract MailOutboxPort outbox();

    protected abstract OutboxFiguresPort figures();

    private UUID queued() {
        return queued(NOW);
    }

    private UUID queued(Instant at) {
        return outbox().enqueue(new OutgoingMail(new EmailAddress("anna@example.com"), "Hello", "<p>Hi</p>", "Hi"), at);
    }

    @Test
    void issue12_11_an_empty_outbox_counts_nothing() {
        assertThat(figures().figures()).isEqualTo(new MailHealth(0, 0, Optional.empty()));
    }

    @Test
    void issue12_11_waiting_mails_count_as_queued_also_when_retried_and_dead_ones_as_failed_and_sent_ones_not_at_all() {
        queued();
        outbox().markFailed(queued(), 1, NOW.plusSeconds(60), "421 try later");
        outbox().markSent(queued(), NOW);
        outbox().markDead(queued(), 10, "550 no such user");

        assertThat(figures().figures()).isEqualTo(new MailHealth(2, 1, Optional.of(NOW)));
    }

    @Test
    void issue14_6_the_oldest_waiting_mail_is_the_oldest_pending_one_also_when_retried_never_a_sent_or_dead_one() {
        outbox().markSent(queued(NOW.minusSeconds(3600)), NOW);
        outbox().markDead(queued(NOW.minusSeconds(1800)), 10, "550 no such user");
        UUID retried = queued(NOW.minusSeconds(900));
        outbox().markFailed(retried, 2, NOW.plusSeconds(60), "421 try later");
        queued(NOW.minusSeconds(60));

        assertThat(figures().figures().oldestQueuedAt()).contains(NOW.minusSeconds(900));
    }
}
