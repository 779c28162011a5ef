package io.portico.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.firm.InMemoryFirms;
import io.portico.application.retention.port.in.ChangeRetentionCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.domain.retention.Retention;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14, item 4: Settings → Retention. */
class RetentionServiceTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final Retention DEFAULTS = Retention.defaults(30);

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryFirms firms = new InMemoryFirms();
    private final RetentionService service = new RetentionService(new InMemoryRetentionSettings(firms), DEFAULTS,
            new Administrators(staff), new DirectTransactions());

    private StaffMember owner;
    private StaffMember admin;
    private StaffMember employee;

    @BeforeEach
    void firmAndStaff() {
        firms.create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), NOW));
        owner = AccountFixtures.staff(staff, "Olga", "Rossi", StaffRole.OWNER);
        admin = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        employee = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
    }

    @Test
    void issue14_item4_until_the_firm_saves_its_own_the_defaults_apply() {
        assertThat(service.retention()).isEqualTo(DEFAULTS);
    }

    @Test
    void issue14_item4_owners_and_admins_change_the_periods() {
        service.change(ChangeRetentionCommand.of(owner.id(), 730, 14, 90, 30));
        assertThat(service.retention()).isEqualTo(new Retention(730, 14, 90, 30));

        service.change(ChangeRetentionCommand.of(admin.id(), 3650, 60, 365, 180));
        assertThat(service.retention()).isEqualTo(new Retention(3650, 60, 365, 180));
    }

    @Test
    void issue14_item4_employees_may_not_change_them() {
        assertThatThrownBy(() -> service.change(ChangeRetentionCommand.of(employee.id(), 730, 14, 90, 30)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(service.retention()).isEqualTo(DEFAULTS);
    }

    @Test
    void issue14_item4_an_empty_field_is_refused_on_that_field() {
        assertThatThrownBy(() -> ChangeRetentionCommand.of(owner.id(), 730, null, 90, 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("retentionSentMailDays"));
        assertThatThrownBy(() -> ChangeRetentionCommand.of(owner.id(), null, 14, 90, 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("retentionHistoryDays"));
        assertThatThrownBy(() -> ChangeRetentionCommand.of(owner.id(), 730, 14, null, 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("retentionLoginActivityDays"));
        assertThatThrownBy(() -> ChangeRetentionCommand.of(owner.id(), 730, 14, 90, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("retentionJobReportsDays"));
    }
}
