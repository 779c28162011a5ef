package io.portico.application.portal.port.in;

import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Objects;

/** B3: Resend invitation for one row or a selection, with one optional personal message for all, each in its contact's language. */
public record ResendInvitationsCommand(StaffId actor, List<InvitationTarget> targets, String personalMessage) {

    public ResendInvitationsCommand {
        Objects.requireNonNull(actor, "actor");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new InvalidInputException("selection", "input.required");
        }
        personalMessage = personalMessage == null ? "" : personalMessage;
    }
}
