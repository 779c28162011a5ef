package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.in.DevMailboxQuery;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Issue 10, item 17: a production with no SMTP host set must not show the mail it caught to anyone. */
class DevMailboxConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DevMailboxConfiguration.class)
            .withBean(MailOutboxPort.class, InMemoryMailOutbox::new)
            .withBean(Administrators.class, () -> new Administrators(new InMemoryStaff()));

    @Test
    void issue10_17_the_dev_mailbox_shows_only_when_the_embedded_server_runs_and_the_development_switch_is_on() {
        CapturedMailPort embedded = List::of;
        context.withBean(CapturedMailPort.class, () -> embedded).withPropertyValues("portico.dev-mode=true")
                .run(app -> assertThat(app.getBean(DevMailboxQuery.class).available()).isTrue());
        context.withBean(CapturedMailPort.class, () -> embedded).withPropertyValues("portico.dev-mode=false")
                .run(app -> assertThat(app.getBean(DevMailboxQuery.class).available()).isFalse());
        context.withBean(CapturedMailPort.class, () -> embedded)
                .run(app -> assertThat(app.getBean(DevMailboxQuery.class).available()).as("off unless switched on").isFalse());
        context.withPropertyValues("portico.dev-mode=true")
                .run(app -> assertThat(app.getBean(DevMailboxQuery.class).available()).as("a real SMTP server").isFalse());
    }

    @Test
    void issue10_17_the_wiring_lets_only_an_active_owner_or_admin_read_it() {
        var staff = new InMemoryStaff();
        StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        StaffMember marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        new ApplicationContextRunner().withUserConfiguration(DevMailboxConfiguration.class)
                .withBean(MailOutboxPort.class, InMemoryMailOutbox::new)
                .withBean(Administrators.class, () -> new Administrators(staff))
                .withBean(CapturedMailPort.class, () -> List::of)
                .withPropertyValues("portico.dev-mode=true")
                .run(app -> {
                    DevMailboxQuery mailbox = app.getBean(DevMailboxQuery.class);
                    assertThat(mailbox.messages(anna.id())).isEmpty();
                    assertThatThrownBy(() -> mailbox.messages(marco.id())).isInstanceOf(NotAllowedException.class);
                });
    }
}
