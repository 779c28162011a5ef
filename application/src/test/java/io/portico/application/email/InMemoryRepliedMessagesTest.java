package io.portico.application.email;

import io.portico.application.email.port.out.RepliedMessagePort;
import io.portico.domain.email.MailMessage;
import java.util.UUID;

class InMemoryRepliedMessagesTest extends RepliedMessagePortContract {

    private final InMemoryRepliedMessages messages = new InMemoryRepliedMessages();

    @Override
    protected RepliedMessagePort replied() {
        return messages;
    }

    @Override
    protected UUID stored(MailMessage message) {
        return messages.add(message);
    }
}
