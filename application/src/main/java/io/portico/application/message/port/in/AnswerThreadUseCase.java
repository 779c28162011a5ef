package io.portico.application.message.port.in;

import io.portico.domain.message.MessageId;

/**
 * Item 9: staff answer in a thread of an account they may see; the account's NOTIFY addresses hear of it
 * (THREAD_REPLY), and the portal shows it.
 */
public interface AnswerThreadUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "thread" when it does not exist or the member may
     *         not see its account, on "attachments" when the files are too large
     */
    MessageId answer(AnswerThreadCommand command);
}
