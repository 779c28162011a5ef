package io.portico.application.message.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Objects;

/** Item 9: a client's reply, in the portal, in a thread of the account the client is in: a text and optional files. */
public record ReplyToThreadCommand(PortalUserId client, AccountId account, ThreadId thread, String text,
                                   List<FileAttachment> attachments) {

    /** @throws io.portico.domain.shared.InvalidInputException on field "text" when blank or too long */
    public ReplyToThreadCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(thread, "thread");
        text = new MessageText(text).value();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
