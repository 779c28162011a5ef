package io.portico.application.message.port.in;

import io.portico.domain.shared.FileAttachment;
import java.util.List;

/** C5: what staff write to an account (or to many): a subject, a text and optional files. Checked by the use case. */
public record MessageDraft(String subject, String text, List<FileAttachment> attachments) {

    public MessageDraft {
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
