package io.portico.application.mail;

import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutboxFiguresPort;

class InMemoryOutboxFiguresTest extends OutboxFiguresPortContract {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    @Override
    protected MailOutboxPort outbox() {
        return outbox;
    }

    @Override
    protected OutboxFiguresPort figures() {
        return outbox;
    }
}
