package io.portico.application.bulk.port.in;

import io.portico.application.message.port.in.MessageDraft;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.MessageSubject;
import io.portico.domain.message.MessageText;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Item 10: the same message to each selected account (each once), sent as a background job. Its subject and text
 * obey the rules of a message to one account; its files, the firm's attachment limits (checked by the use case).
 */
public record StartBulkEmailCommand(List<AccountId> accounts, MessageDraft draft, StaffId by) {

    public StartBulkEmailCommand {
        accounts = List.copyOf(new LinkedHashSet<>(accounts));
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(by, "by");
        if (accounts.isEmpty()) {
            throw new InvalidInputException("accounts", "bulk-email.accounts.required");
        }
        new MessageSubject(draft.subject());
        new MessageText(draft.text());
    }
}
