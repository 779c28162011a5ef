package io.portico.application.bulk.port.in;

import io.portico.application.message.port.in.MessageDraft;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Item 10: the same message to each selected account (each once), sent as a background job. */
public record StartBulkEmailCommand(List<AccountId> accounts, MessageDraft draft, StaffId by) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_FILES = 10;
    /** All attachments together, as the mail they go out on must stay deliverable. */
    public static final int MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024;

    public StartBulkEmailCommand {
        accounts = List.copyOf(new LinkedHashSet<>(accounts));
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(by, "by");
        if (accounts.isEmpty()) {
            throw new InvalidInputException("accounts", "bulk-email.accounts.required");
        }
        checkText("subject", draft.subject(), MAX_SUBJECT);
        checkText("text", draft.text(), MAX_TEXT);
        checkAttachments(draft.attachments());
    }

    private static void checkText(String field, String value, int max) {
        if (value.isEmpty()) {
            throw new InvalidInputException(field, "bulk-email." + field + ".required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "bulk-email." + field + ".too-long", max);
        }
    }

    private static void checkAttachments(List<FileAttachment> files) {
        if (files.size() > MAX_FILES) {
            throw new InvalidInputException("attachments", "bulk-email.attachments.too-many", MAX_FILES);
        }
        long bytes = files.stream().mapToLong(FileAttachment::size).sum();
        if (bytes > MAX_ATTACHMENTS_BYTES) {
            throw new InvalidInputException("attachments", "bulk-email.attachments.too-large", MAX_ATTACHMENTS_BYTES / (1024 * 1024));
        }
    }
}
