package io.portico.application.email.port.in;

import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Objects;

/** Item 7: the subject and recipients the dialog is filled with; the member may change them before sending. */
public record EmailDraft(String subject, List<EmailAddress> to, List<EmailAddress> cc) {

    public EmailDraft {
        Objects.requireNonNull(subject, "subject");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
