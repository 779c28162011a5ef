package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.out.WhoAdministers;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailStatusServiceTest {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryStaff staff = new InMemoryStaff();
    private final WhoAdministers administrators = new Administrators(staff)::administers;
    private final StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);

    @Test
    void admins_see_the_mails_given_up_on() {
        var clock = MutableClock.startingAt("2026-02-02T10:00:00Z");
        var smtp = new RecordingMailSender();
        smtp.serverDown(true);
        outbox.enqueue(MailOutboxPortContract.mail("a@x.it"), clock.instant());
        new MailDispatcher(outbox, smtp, new DirectTransactions(), new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), 1), clock)
                .dispatchDue();

        assertThat(new MailStatusService(outbox, Optional.empty(), administrators).undeliverable()).singleElement()
                .satisfies(dead -> assertThat(dead.failedAttempts()).isEqualTo(1));
    }

    @Test
    void the_development_mailbox_shows_the_newest_mail_first_and_only_when_it_runs() {
        var older = captured("Older", "2026-02-02T10:00:00Z");
        var newer = captured("Newer", "2026-02-02T11:00:00Z");
        var running = new MailStatusService(outbox, Optional.of(() -> List.of(older, newer)), administrators);
        assertThat(running.available()).isTrue();
        assertThat(running.messages(anna.id())).containsExactly(newer, older);

        var absent = new MailStatusService(outbox, Optional.empty(), administrators);
        assertThat(absent.available()).isFalse();
        assertThat(absent.messages(anna.id())).isEmpty();
    }

    @Test
    void issue10_17_only_an_active_owner_or_admin_reads_the_dev_mailbox_checked_on_each_call() {
        var mailbox = new MailStatusService(outbox, Optional.of(() -> List.of(captured("Reset", "2026-02-02T10:00:00Z"))), administrators);
        StaffMember marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        StaffMember lucia = AccountFixtures.staff(staff, "Lucia", "Neri", StaffRole.ADMIN);

        assertThatThrownBy(() -> mailbox.messages(marco.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> mailbox.messages(StaffId.random())).isInstanceOf(NotAllowedException.class);
        assertThat(mailbox.messages(lucia.id())).hasSize(1);
    }

    private static CapturedMail captured(String subject, String at) {
        return new CapturedMail("portico@studio.it", List.of("a@x.it"), subject, Instant.parse(at), "<p>" + subject + "</p>", subject);
    }
}
