package io.portico.application.email;

import io.portico.application.mailbox.InMemoryMailboxes;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.domain.email.MailAttachment;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A firm with mailboxes, the CRM's contact addresses and scripted IMAP servers, for the sync's use-case tests. */
class SyncWorld {

    static final String NODE = "node-a";

    final MutableClock clock = MutableClock.startingAt("2026-06-01T09:00:00Z");
    final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    final InMemoryMailSync sync = new InMemoryMailSync();
    final InMemoryEmailStore store = new InMemoryEmailStore();
    final ScriptedMailboxReader reader = new ScriptedMailboxReader();
    final SyncBatches batches = new SyncBatches(store, sync, mailboxes, sync, sync, new DirectTransactions());

    EmailSyncSettings settings(boolean idle) {
        return new EmailSyncSettings(NODE, 12, Duration.ofSeconds(60), idle, 2, Duration.ofMinutes(2));
    }

    MailboxSyncWorker worker(boolean idle) {
        return new MailboxSyncWorker(sync, mailboxes, reader, batches, settings(idle), clock);
    }

    /** A mailbox added {@code daysAgo} days ago. */
    Mailbox mailbox(String address, int daysAgo) {
        var server = new MailServer("imap.studio.it", 993, Security.TLS, address, new Secret("pw"));
        var mailbox = new Mailbox(MailboxId.random(), address, new EmailAddress(address), server, server);
        Instant added = clock.instant().minus(Duration.ofDays(daysAgo));
        mailboxes.add(mailbox, added);
        sync.mailbox(mailbox.id(), added);
        store.firmAddress(mailbox.address());
        return mailbox;
    }

    /** A message sent {@code daysAgo} days ago. */
    MailMessage mail(String messageId, String subject, String from, int daysAgo, String... to) {
        return new MailMessage(messageId, Optional.empty(), List.of(), subject, new EmailAddress(from), Optional.empty(),
                Arrays.stream(to).map(EmailAddress::new).toList(), List.of(), clock.instant().minus(Duration.ofDays(daysAgo)),
                Optional.of("text"), Optional.empty(), List.of());
    }

    static MailMessage replyTo(MailMessage reply, String parentId) {
        return new MailMessage(reply.messageId(), Optional.of(parentId), List.of(parentId), reply.subject(), reply.from(), reply.fromName(),
                reply.to(), reply.cc(), reply.sentAt(), reply.textBody(), reply.htmlBody(), reply.attachments());
    }

    static MailMessage withAttachment(MailMessage mail) {
        var file = new MailAttachment("return.pdf", "application/pdf", 3, Optional.of(new byte[] {1, 2, 3}));
        return new MailMessage(mail.messageId(), mail.inReplyTo(), mail.references(), mail.subject(), mail.from(), mail.fromName(),
                mail.to(), mail.cc(), mail.sentAt(), mail.textBody(), mail.htmlBody(), List.of(file));
    }

    List<String> keptIds() {
        return store.messages().stream().map(kept -> kept.message().messageId()).sorted().toList();
    }

    int reportedStored() {
        return mailboxes.reports.stream().mapToInt(InMemoryMailboxes.Report::stored).sum();
    }

    int reportedUnmatched() {
        return mailboxes.reports.stream().mapToInt(InMemoryMailboxes.Report::unmatched).sum();
    }
}
