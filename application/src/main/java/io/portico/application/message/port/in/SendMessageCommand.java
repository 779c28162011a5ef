package io.portico.application.message.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Objects;

/** C5: the same message to each of these accounts (one from its profile, many from a bulk email), by a staff member. */
public record SendMessageCommand(List<AccountId> accounts, MessageDraft draft, StaffId by) {

    public SendMessageCommand {
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(by, "by");
    }
}
