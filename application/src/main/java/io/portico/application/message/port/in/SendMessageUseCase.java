package io.portico.application.message.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.MessageId;
import java.util.Map;

/**
 * C5, item 8: stores the message on each account (shown in its portal and Messages tab) and notifies the
 * account's NOTIFY addresses, all in the caller's transaction. Accounts the sender may not see are skipped.
 */
public interface SendMessageUseCase {

    /** @return the message stored on each account it went to */
    Map<AccountId, MessageId> send(SendMessageCommand command);
}
