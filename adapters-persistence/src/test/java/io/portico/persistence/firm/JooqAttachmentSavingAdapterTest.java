package io.portico.persistence.firm;

import io.portico.application.firm.AttachmentSavingPortContract;
import io.portico.application.firm.port.out.AttachmentSavingPort;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqAttachmentSavingAdapterTest extends AttachmentSavingPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final FirmPort firms = new JooqFirmAdapter(postgres.dsl());
    private final AttachmentSavingPort setting = new JooqAttachmentSavingAdapter(postgres.dsl());

    @Override
    protected FirmPort firms() {
        return firms;
    }

    @Override
    protected AttachmentSavingPort setting() {
        return setting;
    }
}
