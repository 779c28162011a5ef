package io.portico.application.email.port.out;

import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.ThreadCursor;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Items 5, 6, 10: synced mail found at read time by addresses (lookup keys, D2, D5). A message belongs to a
 * reader's mail when any of its From/To/Cc addresses is among the reader's addresses; a thread shows only
 * such messages, and an id outside them reads as nothing. No addresses find nothing.
 */
public interface EmailReadPort {

    /** The lookup keys of the account's addresses with EMAIL SYNC on now, whichever linked contact holds them. */
    Set<String> syncAddresses(AccountId account);

    /**
     * The threads holding a message with one of the addresses, newest first by their latest such message (then by
     * id, descending), after {@code after}; each counted over those messages only.
     */
    List<EmailThreadSummary> threads(Set<String> addresses, Optional<ThreadCursor> after, int limit);

    /** The thread with only its messages having one of the addresses, oldest first; nothing when it has none. */
    Optional<EmailThreadView> thread(Set<String> addresses, UUID thread);

    /** A kept file of a message having one of the addresses; nothing otherwise (also when over the size cap). */
    Optional<FileAttachment> attachment(Set<String> addresses, UUID attachment);
}
