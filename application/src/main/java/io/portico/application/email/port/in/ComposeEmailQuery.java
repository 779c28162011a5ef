package io.portico.application.email.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Item 7: what the writing dialog starts from. */
public interface ComposeEmailQuery {

    /** The firm's mailboxes mail can leave from, by name; none until one is added in Settings → Mailboxes. */
    List<MailboxChoice> mailboxes();

    /**
     * The recipients and subject a new email ({@code repliedTo} empty), a reply or a reply to all starts with;
     * empty when the viewer may not see the account or the message is not among the account's mail.
     */
    Optional<EmailDraft> draft(StaffId viewer, AccountId account, Optional<UUID> repliedTo, boolean replyAll);
}
