package io.portico.application.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class SetUpFirmServiceTest {

    private final InMemoryFirms firms = new InMemoryFirms();
    private final InMemoryStaff staff = new InMemoryStaff();
    private final SetUpFirmService setUp = new SetUpFirmService(firms, staff, new FakePasswordHasher(),
            new DirectTransactions(), MutableClock.startingAt("2026-01-05T08:00:00Z"));

    private static SetUpFirmCommand command(String firmName) {
        return SetUpFirmCommand.of(firmName, "Anna", "Bianchi", "Anna@Studio.IT", "tax season never ends");
    }

    @Test
    void G1_setup_creates_the_firm_and_its_owner_signed_in() {
        var owner = setUp.setUp(command("Studio Bianchi"));

        assertThat(firms.load()).hasValueSatisfying(firm -> assertThat(firm.name().value()).isEqualTo("Studio Bianchi"));
        assertThat(owner.role()).isEqualTo(StaffRole.OWNER);
        assertThat(owner.email()).isEqualTo("Anna@studio.it");
        assertThat(owner.displayName()).isEqualTo("Anna Bianchi");
        assertThat(staff.findByEmail(new EmailAddress("anna@studio.it"))).isPresent();
        assertThat(staff.passwordHash(owner.id())).contains("fake-hash:tax season never ends");
    }

    @Test
    void G1_setup_cannot_run_twice() {
        setUp.setUp(command("Studio Bianchi"));
        assertThatThrownBy(() -> setUp.setUp(command("Second"))).isInstanceOf(FirmAlreadySetUpException.class);
        assertThat(firms.load().orElseThrow().name().value()).isEqualTo("Studio Bianchi");
    }

    @Test
    void G1_each_bad_field_is_named_and_nothing_is_created() {
        assertThatThrownBy(() -> SetUpFirmCommand.of(" ", "Anna", "Bianchi", "anna@studio.it", "tax season never ends"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firmName"));
        assertThatThrownBy(() -> SetUpFirmCommand.of("Studio", "", "Bianchi", "anna@studio.it", "tax season never ends"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firstName"));
        assertThatThrownBy(() -> SetUpFirmCommand.of("Studio", "Anna", "Bianchi", "not-an-email", "tax season never ends"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> SetUpFirmCommand.of("Studio", "Anna", "Bianchi", "anna@studio.it", "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(firms.load()).isEmpty();
    }
}
