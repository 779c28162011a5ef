package io.portico.application.email;

import io.portico.application.account.Viewers;
import io.portico.application.email.port.in.MailboxChoice;
import io.portico.application.email.port.out.RepliedMessage;
import io.portico.application.email.port.out.RepliedMessagePort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Item 7: who takes part in a mail written from an account — its EMAIL SYNC addresses, the answered message, the firm's mailboxes. */
public final class EmailParties {

    private final Viewers viewers;
    private final MailboxPort mailboxes;
    private final RepliedMessagePort replied;

    public EmailParties(Viewers viewers, MailboxPort mailboxes, RepliedMessagePort replied) {
        this.viewers = viewers;
        this.mailboxes = mailboxes;
        this.replied = replied;
    }

    /** The account if the viewer may see it now (F2), exactly as the account's tabs check it. */
    Optional<Account> account(StaffId viewer, AccountId id) {
        return viewers.visible(viewer, id);
    }

    /** Issue 14, item 1: no mail leaves from an archived account's Email tab for its addresses. */
    void requireActive(Account account) {
        if (viewers.archivedAt(account.id()).isPresent()) {
            throw new InvalidInputException("account", "account.archived");
        }
    }

    /** The account's addresses with EMAIL SYNC on, each once, in the order of its contacts. */
    static List<EmailAddress> syncAddresses(Account account) {
        var addresses = new LinkedHashSet<EmailAddress>();
        account.links().forEach(link -> link.access().stream().filter(EmailAccess::emailSync)
                .forEach(access -> addresses.add(access.email())));
        return List.copyOf(addresses);
    }

    /** The message, only when it is part of the account's mail: one of its addresses has EMAIL SYNC on for the account. */
    Optional<RepliedMessage> replied(Account account, UUID message) {
        Set<String> keys = syncAddresses(account).stream().map(EmailAddress::lookupKey).collect(Collectors.toSet());
        return keys.isEmpty() ? Optional.empty() : replied.find(message, keys);
    }

    Optional<Mailbox> mailbox(MailboxId id) {
        return mailboxes.find(id);
    }

    List<MailboxChoice> choices() {
        return mailboxes.all().stream().map(mailbox -> new MailboxChoice(mailbox.id(), mailbox.name(), mailbox.address())).toList();
    }

    /** The firm's own addresses, which a reply to all leaves out. */
    Set<String> firmKeys() {
        return mailboxes.all().stream().map(mailbox -> mailbox.address().lookupKey()).collect(Collectors.toSet());
    }
}
