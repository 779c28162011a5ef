package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.port.MailHealth;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Item 11: mail delivery health is for owners and admins. */
class MailHealthServiceTest {

    private final StaffId admin = StaffId.random();
    private final StaffId employee = StaffId.random();
    private final MailHealthService service = new MailHealthService(() -> new MailHealth(3, 1, Optional.empty()), admin::equals);

    @Test
    void issue12_11_an_admin_reads_how_many_mails_wait_and_how_many_failed() {
        assertThat(service.health(admin)).isEqualTo(new MailHealth(3, 1, Optional.empty()));
    }

    @Test
    void issue12_11_anyone_else_is_refused() {
        assertThatThrownBy(() -> service.health(employee)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue12_11_counts_are_never_negative() {
        assertThatThrownBy(() -> new MailHealth(-1, 0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailHealth(0, -1, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailHealth(0, 0, Optional.empty()).queued()).isZero();
    }

    @Test
    void issue14_6_the_oldest_wait_runs_from_the_oldest_queued_mail_and_is_zero_without_one() {
        Instant queuedAt = Instant.parse("2026-03-01T09:00:00Z");
        var health = new MailHealth(1, 0, Optional.of(queuedAt));

        assertThat(health.oldestWait(queuedAt.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(health.oldestWait(queuedAt)).isZero();
        assertThat(health.oldestWait(queuedAt.minusSeconds(5))).as("another node's clock a little behind").isZero();
        assertThat(new MailHealth(0, 0, Optional.empty()).oldestWait(queuedAt)).isZero();
    }
}
