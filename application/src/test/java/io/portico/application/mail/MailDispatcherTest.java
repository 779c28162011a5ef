package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {

    private final MutableClock clock = MutableClock.startingAt("2026-02-02T10:00:00Z");
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final RecordingMailSender smtp = new RecordingMailSender();
    private final RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 3);
    private final MailDispatcher dispatcher = new MailDispatcher(outbox, smtp, new DirectTransactions(), retries, clock);

    @Test
    void queued_mail_is_sent_once() {
        outbox.enqueue(MailOutboxPortContract.mail("a@x.it"), clock.instant());
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.sent()).containsExactly(MailOutboxPortContract.mail("a@x.it"));
    }

    @Test
    void with_the_mail_server_down_mail_is_retried_with_growing_waits_and_sent_once_it_is_back() {
        outbox.enqueue(MailOutboxPortContract.mail("a@x.it"), clock.instant());
        smtp.serverDown(true);
        dispatcher.dispatchDue();
        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher.dispatchDue()).as("not due before the first wait").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue()).as("second attempt after 30 s").isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher.dispatchDue()).as("the wait doubled").isZero();

        smtp.serverDown(false);
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchDue();
        assertThat(smtp.sent()).hasSize(1);
    }

    @Test
    void after_the_last_attempt_mail_is_marked_undeliverable_for_admins() {
        outbox.enqueue(MailOutboxPortContract.mail("a@x.it"), clock.instant());
        smtp.serverDown(true);
        for (int i = 0; i < 3; i++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(outbox.undeliverable(10)).singleElement()
                .satisfies(dead -> assertThat(dead.failedAttempts()).isEqualTo(3));
        smtp.serverDown(false);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.sent()).isEmpty();
    }

    @Test
    void the_wait_between_attempts_doubles_up_to_a_ceiling() {
        assertThat(retries.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retries.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(retries.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(retries.delayAfter(50)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_policy_may_wait_the_same_each_time_and_give_up_after_one_attempt_but_needs_a_sane_shape() {
        var once = new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), 1);
        assertThat(once.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(once.delayAfter(4)).isEqualTo(Duration.ofSeconds(30));
        assertThat(once.exhausted(1)).isTrue();
        for (var shape : List.<Runnable>of(
                () -> new RetryPolicy(Duration.ofSeconds(-1), Duration.ofSeconds(30), 3),
                () -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(29), 3),
                () -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), 0))) {
            assertThatThrownBy(shape::run).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
