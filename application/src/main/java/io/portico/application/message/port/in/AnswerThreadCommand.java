package io.portico.application.message.port.in;

import io.portico.domain.message.MessageText;
import io.portico.domain.message.ThreadId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Objects;

/** Item 9: a staff member's answer in a thread of an account: a text and optional files. */
public record AnswerThreadCommand(StaffId by, ThreadId thread, String text, List<FileAttachment> attachments) {

    /** @throws io.portico.domain.shared.InvalidInputException on field "text" when blank or too long */
    public AnswerThreadCommand {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(thread, "thread");
        text = new MessageText(text).value();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
