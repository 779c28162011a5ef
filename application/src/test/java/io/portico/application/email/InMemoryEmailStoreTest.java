package io.portico.application.email;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.util.Optional;
import java.util.UUID;

class InMemoryEmailStoreTest extends EmailStorePortContract {

    private final InMemoryEmailStore store = new InMemoryEmailStore();

    @Override
    protected EmailStorePort store() {
        return store;
    }

    @Override
    protected MailboxId mailbox(EmailAddress address) {
        store.firmAddress(address);
        return MailboxId.random();
    }

    @Override
    protected Optional<UUID> threadOf(String messageId) {
        return store.message(messageId).map(InMemoryEmailStore.Kept::thread);
    }

    @Override
    protected Figures figures(UUID thread) {
        var figures = store.thread(thread).orElseThrow();
        return new Figures(figures.messageCount(), figures.lastMessageAt());
    }

    @Override
    protected int messageCount() {
        return store.messages().size();
    }
}
