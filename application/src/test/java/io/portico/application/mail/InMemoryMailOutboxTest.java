package io.portico.application.mail;

import io.portico.application.mail.port.out.MailOutboxPort;
import java.util.function.Supplier;

class InMemoryMailOutboxTest extends MailOutboxPortContract {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    @Override
    protected MailOutboxPort outbox() {
        return outbox;
    }

    @Override
    protected io.portico.domain.mailbox.MailboxId aMailbox() {
        return io.portico.domain.mailbox.MailboxId.random();
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
