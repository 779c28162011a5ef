package io.portico.application.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.firm.port.in.ChangeAttachmentSavingCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D3, issue 13, item 9: <i>Save attachments automatically</i> only for mail from the moment it is turned on. */
class AttachmentSavingServiceTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryFirms firms = new InMemoryFirms();
    private final AttachmentSavingService service = new AttachmentSavingService(new InMemoryAttachmentSaving(firms),
            new Administrators(staff), new DirectTransactions(), clock);

    private StaffMember admin;
    private StaffMember employee;

    @BeforeEach
    void firmAndStaff() {
        firms.create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), NOW));
        admin = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        employee = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
    }

    @Test
    void D3_turning_it_on_saves_from_now_and_turning_it_on_again_keeps_that_moment() {
        service.change(new ChangeAttachmentSavingCommand(admin.id(), true));
        assertThat(service.savingSince()).contains(NOW);

        clock.advance(Duration.ofHours(1));
        service.change(new ChangeAttachmentSavingCommand(admin.id(), true));
        assertThat(service.savingSince()).contains(NOW);
    }

    @Test
    void D3_turning_it_off_stops_saving_and_on_again_starts_from_the_new_moment() {
        service.change(new ChangeAttachmentSavingCommand(admin.id(), true));
        service.change(new ChangeAttachmentSavingCommand(admin.id(), false));
        assertThat(service.savingSince()).isEmpty();

        clock.advance(Duration.ofHours(2));
        service.change(new ChangeAttachmentSavingCommand(admin.id(), true));
        assertThat(service.savingSince()).contains(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void D3_only_owners_and_admins_change_it() {
        assertThatThrownBy(() -> service.change(new ChangeAttachmentSavingCommand(employee.id(), true))).isInstanceOf(NotAllowedException.class);
        assertThat(service.savingSince()).isEmpty();
    }
}
