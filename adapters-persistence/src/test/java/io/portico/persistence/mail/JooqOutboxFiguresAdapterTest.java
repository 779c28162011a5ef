package io.portico.persistence.mail;

import io.portico.application.mail.OutboxFiguresPortContract;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqOutboxFiguresAdapterTest extends OutboxFiguresPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final MailOutboxPort outbox = new JooqMailOutboxAdapter(postgres.dsl());
    private final OutboxFiguresPort figures = new JooqOutboxFiguresAdapter(postgres.dsl());

    @Override
    protected MailOutboxPort outbox() {
        return outbox;
    }

    @Override
    protected OutboxFiguresPort figures() {
        return figures;
    }
}
