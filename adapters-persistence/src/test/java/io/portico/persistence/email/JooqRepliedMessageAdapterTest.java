package io.portico.persistence.email;

import io.portico.application.email.RepliedMessagePortContract;
import io.portico.application.email.port.out.RepliedMessagePort;
import io.portico.domain.email.MailMessage;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqRepliedMessageAdapterTest extends RepliedMessagePortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final RepliedMessagePort replied = new JooqRepliedMessageAdapter(postgres.dsl());

    @Override
    protected RepliedMessagePort replied() {
        return replied;
    }

    @Override
    protected UUID stored(MailMessage message) {
        return SyncedRows.insert(postgres.dsl(), message);
    }
}
