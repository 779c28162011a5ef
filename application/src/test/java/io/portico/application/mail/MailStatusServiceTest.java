package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.CapturedMail;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailStatusServiceTest {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    @Test
    void admins_see_the_mails_given_up_on() {
        var clock = MutableClock.startingAt("2026-02-02T10:00:00Z");
        var smtp = new RecordingMailSender();
        smtp.serverDown(true);
        outbox.enqueue(MailOutboxPortContract.mail("a@x.it"), clock.instant());
        new MailDispatcher(outbox, smtp, new DirectTransactions(), new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), 1), clock)
                .dispatchDue();

        assertThat(new MailStatusService(outbox, Optional.empty()).undeliverable()).singleElement()
                .satisfies(dead -> assertThat(dead.failedAttempts()).isEqualTo(1));
    }

    @Test
    void the_development_mailbox_shows_the_newest_mail_first_and_only_when_it_runs() {
        var older = captured("Older", "2026-02-02T10:00:00Z");
        var newer = captured("Newer", "2026-02-02T11:00:00Z");
        var running = new MailStatusService(outbox, Optional.of(() -> List.of(older, newer)));
        assertThat(running.available()).isTrue();
        assertThat(running.messages()).containsExactly(newer, older);

        var absent = new MailStatusService(outbox, Optional.empty());
        assertThat(absent.available()).isFalse();
        assertThat(absent.messages()).isEmpty();
    }

    private static CapturedMail captured(String subject, String at) {
        return new CapturedMail("portico@studio.it", List.of("a@x.it"), subject, Instant.parse(at), "<p>" + subject + "</p>", subject);
    }
}
