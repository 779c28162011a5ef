package io.portico.application.message.port.in;

import io.portico.domain.message.MessageId;

/**
 * Item 9: a client replies in a thread of an account where the client's address has LOGIN on; the
 * account's team hears of it in Inbox+ and by mail, each member in their own language.
 */
public interface ReplyToThreadUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "thread" when the client may not read it, on
     *         "attachments" when the files are too large
     */
    MessageId reply(ReplyToThreadCommand command);
}
