package io.portico.ui.account;

import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.message.port.in.AnswerThreadUseCase;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.domain.message.AttachmentLimits;

/** Builds the profile's {@link MessagesTab} (items 8, 9) with the use cases it calls. */
@org.springframework.stereotype.Component
public class MessagesTabs {

    private final AccountMessagesQuery messages;
    private final SendMessageUseCase send;
    private final AnswerThreadUseCase answer;
    private final AttachmentLimits limits;

    MessagesTabs(AccountMessagesQuery messages, SendMessageUseCase send, AnswerThreadUseCase answer, AttachmentLimits limits) {
        this.messages = messages;
        this.send = send;
        this.answer = answer;
        this.limits = limits;
    }

    MessagesTab tab(ShownProfile shown) {
        return new MessagesTab(shown, messages, send, answer, limits);
    }
}
