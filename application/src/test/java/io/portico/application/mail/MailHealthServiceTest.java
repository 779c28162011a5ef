package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.port.MailHealth;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

/** Item 11: mail delivery health is for owners and admins. */
class MailHealthServiceTest {

    private final StaffId admin = StaffId.random();
    private final StaffId employee = StaffId.random();
    private final MailHealthService service = new MailHealthService(() -> new MailHealth(3, 1), admin::equals);

    @Test
    void issue12_11_an_admin_reads_how_many_mails_wait_and_how_many_failed() {
        assertThat(service.health(admin)).isEqualTo(new MailHealth(3, 1));
    }

    @Test
    void issue12_11_anyone_else_is_refused() {
        assertThatThrownBy(() -> service.health(employee)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue12_11_counts_are_never_negative() {
        assertThatThrownBy(() -> new MailHealth(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailHealth(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailHealth(0, 0).queued()).isZero();
    }
}
