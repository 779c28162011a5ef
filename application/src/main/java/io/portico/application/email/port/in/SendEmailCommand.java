package io.portico.application.email.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Require;
import io.portico.domain.staff.StaffId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Item 7: what a member wrote — from which mailbox, to whom, about what — and the synced message it answers, if any.
 * Refuses a missing mailbox, no recipient, an invalid address, a blank subject or text, naming the field.
 */
public record SendEmailCommand(StaffId viewer, AccountId account, MailboxId mailbox, String subject, String text,
                               List<EmailAddress> to, List<EmailAddress> cc, Optional<UUID> repliedTo) {

    public static final int SUBJECT_MAX_LENGTH = 500;
    public static final int TEXT_MAX_LENGTH = 50_000;

    public SendEmailCommand {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(account, "account");
        if (mailbox == null) {
            throw new InvalidInputException("emailFrom", "input.required");
        }
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new InvalidInputException("emailTo", "input.required");
        }
        cc = List.copyOf(cc);
        subject = Require.text("subject", subject, SUBJECT_MAX_LENGTH);
        text = Require.text("text", text, TEXT_MAX_LENGTH);
        Objects.requireNonNull(repliedTo, "repliedTo");
    }

    /** The command from the dialog's fields: To and Cc as typed, addresses separated by commas, semicolons or blanks. */
    public static SendEmailCommand of(StaffId viewer, AccountId account, MailboxId mailbox, String subject, String text,
                                      String to, String cc, Optional<UUID> repliedTo) {
        return new SendEmailCommand(viewer, account, mailbox, subject, text, addresses("emailTo", to), addresses("emailCc", cc), repliedTo);
    }

    /** Each address of {@code typed}, once, in order; an invalid one is refused at {@code field}. */
    public static List<EmailAddress> addresses(String field, String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+")).filter(part -> !part.isEmpty())
                .map(part -> EmailAddress.of(field, part)).distinct().toList();
    }
}
