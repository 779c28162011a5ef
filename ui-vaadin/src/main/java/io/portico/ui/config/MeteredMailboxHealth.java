package io.portico.ui.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.SyncError;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Issue 14 item 6: the sync's reports on its mailboxes, counting each failed pass by mailbox id (never its address). */
final class MeteredMailboxHealth implements MailboxHealthPort {

    private final MailboxHealthPort health;
    private final MeterRegistry registry;

    MeteredMailboxHealth(MailboxHealthPort health, MeterRegistry registry) {
        this.health = health;
        this.registry = registry;
    }

    @Override
    public void synced(MailboxId mailbox, Instant at, int stored, int unmatched) {
        health.synced(mailbox, at, stored, unmatched);
    }

    @Override
    public void failed(MailboxId mailbox, Instant at, SyncError error) {
        health.failed(mailbox, at, error);
        Counter.builder("portico.mailsync.errors").description("Sync passes that could not reach or read a mailbox")
                .tags("mailbox", mailbox.value().toString(), "error", error.name()).register(registry).increment();
    }

    @Override
    public Map<MailboxId, MailboxHealth> health() {
        return health.health();
    }

    @Override
    public List<FailingMailbox> failingUnnoticedSince(Instant since) {
        return health.failingUnnoticedSince(since);
    }

    @Override
    public boolean noticed(MailboxId mailbox, Instant at) {
        return health.noticed(mailbox, at);
    }
}
