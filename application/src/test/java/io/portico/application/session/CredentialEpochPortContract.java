package io.portico.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link CredentialEpochPort} does; each test starts with nobody. */
public abstract class CredentialEpochPortContract {

    protected abstract CredentialEpochPort epochs();

    protected abstract StaffPort staff();

    protected abstract PortalUserPort users();

    @Test
    void issue10_epochs_start_at_zero_and_each_raise_counts_for_that_person_only() {
        StaffMember anna = StaffMember.owner(new PersonName("Anna", "Bianchi"), new EmailAddress("anna@studio.it"));
        staff().add(anna, "h");
        PortalUser mario = PortalUser.activate(new EmailAddress("mario@rossi.it"), "h", Instant.parse("2026-04-01T09:00:00Z"));
        users().add(mario);
        var staffHolder = new CredentialHolder.Staff(anna.id());
        var portalHolder = new CredentialHolder.Portal(mario.id());
        assertThat(epochs().epoch(staffHolder)).isZero();

        assertThat(epochs().raise(staffHolder)).isEqualTo(1);
        assertThat(epochs().raise(staffHolder)).isEqualTo(2);

        assertThat(epochs().epoch(staffHolder)).isEqualTo(2);
        assertThat(epochs().epoch(portalHolder)).isZero();
        assertThat(epochs().raise(portalHolder)).isEqualTo(1);
        assertThat(epochs().epoch(staffHolder)).isEqualTo(2);
    }
}
