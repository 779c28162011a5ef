package io.portico.persistence.firm;

import io.portico.application.firm.FirmIdentityPortContract;
import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqFirmIdentityAdapterTest extends FirmIdentityPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final FirmPort firms = new JooqFirmAdapter(postgres.dsl());
    private final FirmIdentityPort identities = new JooqFirmIdentityAdapter(postgres.dsl());

    @Override
    protected FirmPort firms() {
        return firms;
    }

    @Override
    protected FirmIdentityPort identities() {
        return identities;
    }

    @Override
    protected StaffId someone() {
        StaffMember owner = StaffMember.owner(new PersonName("Anna", "Bianchi"), new EmailAddress("anna" + System.nanoTime() + "@studio.it"));
        StaffAdapters.staff(postgres.dsl()).add(owner, "hash");
        return owner.id();
    }
}
