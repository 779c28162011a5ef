package io.portico.application.firm.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** D3: turn saving attachments of synced mail on (from now on) or off. */
public record ChangeAttachmentSavingCommand(StaffId actor, boolean on) {

    public ChangeAttachmentSavingCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
