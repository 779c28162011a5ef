package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.LogCapture;
import io.portico.application.shared.MutableClock;
import java.time.Duration;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    void issue11_speed_a_batch_is_handed_over_at_once_and_only_its_failed_mail_is_retried() {
        List<List<OutgoingMail>> batches = new ArrayList<>();
        SendMailPort oneConnection = new SendMailPort() {
            @Override
            public void send(OutgoingMail mail) {
                throw new AssertionError("the dispatcher hands over its batch at once");
            }

            @Override
            public Map<Integer, RuntimeException> sendAll(List<OutgoingMail> mails) {
                batches.add(mails);
                return mails.size() == 3 ? Map.of(1, new SendMailPort.MailDeliveryException("mailbox full", null)) : Map.of();
            }
        };
        var batching = new MailDispatcher(outbox, oneConnection, new DirectTransactions(), retries, clock);
        outbox.enqueue(MailOutboxPortContract.mail("a@x.it"), clock.instant());
        outbox.enqueue(MailOutboxPortContract.mail("b@x.it"), clock.instant().plusMillis(1));
        outbox.enqueue(MailOutboxPortContract.mail("c@x.it"), clock.instant().plusMillis(2));
        clock.advance(Duration.ofSeconds(1));

        assertThat(batching.dispatchDue()).isEqualTo(3);
        assertThat(batches).singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(3);
        clock.advance(Duration.ofSeconds(30));
        assertThat(batching.dispatchDue()).as("only the failed mail, after its wait").isEqualTo(1);
        assertThat(batches.get(1)).containsExactly(MailOutboxPortContract.mail("b@x.it"));
        assertThat(batching.dispatchDue()).isZero();
    }

    @Test
    void issue11_speed_one_failing_mail_does_not_stop_the_others_of_its_batch() {
        outbox.enqueue(MailOutboxPortContract.mail("a@x.it"), clock.instant());
        outbox.enqueue(MailOutboxPortContract.mail("b@x.it"), clock.instant().plusMillis(1));
        SendMailPort refusesA = mail -> {
            if (mail.to().value().equals("a@x.it")) {
                throw new IllegalStateException("bad address");
            }
            smtp.send(mail);
        };
        clock.advance(Duration.ofSeconds(1));
        assertThat(new MailDispatcher(outbox, refusesA, new DirectTransactions(), retries, clock).dispatchDue()).isEqualTo(2);
        assertThat(smtp.sent()).containsExactly(MailOutboxPortContract.mail("b@x.it"));
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

    @Test
    void issue14_6_a_failed_or_given_up_mail_is_logged_by_its_id_without_the_recipient_even_when_the_server_quotes_it() {
        SendMailPort rejecting = new SendMailPort() {
            @Override
            public void send(OutgoingMail mail) {
                throw new SendMailPort.MailDeliveryException("550 5.1.1 <" + mail.to().value() + ">: user unknown", null);
            }

            @Override
            public Map<Integer, RuntimeException> sendAll(List<OutgoingMail> mails) {
                return Map.of(0, new SendMailPort.MailDeliveryException("550 5.1.1 <" + mails.getFirst().to().value() + ">: user unknown", null));
            }
        };
        var id = outbox.enqueue(MailOutboxPortContract.mail("anna.bianchi@studio.example"), clock.instant());
        var dispatching = new MailDispatcher(outbox, rejecting, new DirectTransactions(), retries, clock);

        try (var log = LogCapture.of(MailDispatcher.class)) {
            for (int i = 0; i < 3; i++) {
                dispatching.dispatchDue();
                clock.advance(Duration.ofMinutes(10));
            }
            assertThat(log.lines()).hasSize(3).allSatisfy(line -> assertThat(line)
                    .contains(id.toString(), "user unknown").doesNotContain("anna", "studio.example"));
        }
        assertThat(outbox.undeliverable(1).getFirst().lastError()).as("admins still read the server's words")
                .contains("anna.bianchi@studio.example");
    }
}
