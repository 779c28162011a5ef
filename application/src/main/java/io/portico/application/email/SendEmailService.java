package io.portico.application.email;

import io.portico.application.email.port.in.ComposeEmailQuery;
import io.portico.application.email.port.in.EmailDraft;
import io.portico.application.email.port.in.MailboxChoice;
import io.portico.application.email.port.in.SendEmailCommand;
import io.portico.application.email.port.in.SendEmailUseCase;
import io.portico.application.email.port.out.EmailStorePort;
import io.portico.application.email.port.out.RepliedMessage;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Item 7: a mail written from an account's Email tab is queued in the outbox to leave through the chosen mailbox's
 * SMTP and stored as synced mail in the same transaction, so it shows in the thread at once; when the sent folder
 * syncs, its copy is skipped by the Message-ID given here.
 */
public final class SendEmailService implements SendEmailUseCase, ComposeEmailQuery {

    private final EmailParties parties;
    private final MailOutboxPort outbox;
    private final EmailStorePort store;
    private final Transactions transactions;
    private final Clock clock;

    public SendEmailService(EmailParties parties, MailOutboxPort outbox, EmailStorePort store, Transactions transactions, Clock clock) {
        this.parties = parties;
        this.outbox = outbox;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<MailboxChoice> mailboxes() {
        return parties.choices();
    }

    @Override
    public Optional<EmailDraft> draft(StaffId viewer, AccountId id, Optional<UUID> repliedTo, boolean replyAll) {
        Optional<Account> account = parties.account(viewer, id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (repliedTo.isEmpty()) {
            return Optional.of(new EmailDraft("", EmailParties.syncAddresses(account.get()), List.of()));
        }
        return parties.replied(account.get(), repliedTo.get()).map(message -> reply(message, replyAll));
    }

    private EmailDraft reply(RepliedMessage message, boolean replyAll) {
        Set<String> firm = parties.firmKeys();
        List<EmailAddress> to = Replies.to(message, firm);
        return new EmailDraft(Replies.subject(message.subject()), to, replyAll ? Replies.copied(message, to, firm) : List.of());
    }

    @Override
    public String send(SendEmailCommand command) {
        Account account = parties.account(command.viewer(), command.account())
                .orElseThrow(() -> new InvalidInputException("account", "account.not-found"));
        parties.requireActive(account);
        Mailbox mailbox = parties.mailbox(command.mailbox())
                .orElseThrow(() -> new InvalidInputException("emailFrom", "compose.mailbox-not-found"));
        Optional<RepliedMessage> parent = command.repliedTo().map(id -> parties.replied(account, id)
                .orElseThrow(() -> new InvalidInputException("emailMessage", "compose.message-not-found")));
        MailMessage message = message(command, mailbox, parent, clock.instant());
        transactions.inTransaction(() -> {
            outbox.enqueue(outgoing(message, mailbox), message.sentAt());
            store.storeAll(mailbox.id(), List.of(message), message.sentAt());
        });
        return message.messageId();
    }

    private static MailMessage message(SendEmailCommand command, Mailbox mailbox, Optional<RepliedMessage> parent, Instant now) {
        String subject = parent.isPresent() ? Replies.subject(command.subject()) : command.subject();
        return new MailMessage(messageId(mailbox), parent.map(RepliedMessage::messageId), parent.map(Replies::references).orElse(List.of()),
                subject, mailbox.address(), Optional.of(mailbox.name()), command.to(), command.cc(), now, Optional.of(command.text()),
                Optional.of(html(command.text())), List.of());
    }

    /** A Message-ID of our own, on the mailbox's domain, as mail servers expect. */
    private static String messageId(Mailbox mailbox) {
        String address = mailbox.address().value();
        return "<" + UUID.randomUUID() + "@" + address.substring(address.lastIndexOf('@') + 1) + ">";
    }

    /** One mail to the first recipient, every other one copied: the outbox keeps one row per mail sent. */
    private static OutgoingMail outgoing(MailMessage message, Mailbox mailbox) {
        var copied = new ArrayList<>(message.to().subList(1, message.to().size()));
        copied.addAll(message.cc());
        var envelope = new MailboxEnvelope(mailbox.id(), message.messageId(), message.inReplyTo(), message.references(), copied);
        return new OutgoingMail(message.to().getFirst(), message.subject(), message.htmlBody().orElseThrow(),
                message.textBody().orElseThrow()).withEnvelope(envelope);
    }

    /** The text as HTML: escaped, its line breaks kept. */
    static String html(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
        return "<p>" + escaped.replace("\r\n", "\n").replace("\n", "<br>\n") + "</p>";
    }
}
