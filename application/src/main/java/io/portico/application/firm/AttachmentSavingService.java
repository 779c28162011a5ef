package io.portico.application.firm;

import io.portico.application.firm.port.in.AttachmentSavingQuery;
import io.portico.application.firm.port.in.ChangeAttachmentSavingCommand;
import io.portico.application.firm.port.in.ChangeAttachmentSavingUseCase;
import io.portico.application.firm.port.out.AttachmentSavingPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * D3: <i>Save attachments automatically</i> applies to mail from the moment it is turned on — never to mail already
 * synced — so turning it on records that moment, turning it on again keeps it, and turning it off forgets it.
 */
public final class AttachmentSavingService implements ChangeAttachmentSavingUseCase, AttachmentSavingQuery {

    private final AttachmentSavingPort setting;
    private final Administrators administrators;
    private final Transactions transactions;
    private final Clock clock;

    public AttachmentSavingService(AttachmentSavingPort setting, Administrators administrators, Transactions transactions, Clock clock) {
        this.setting = setting;
        this.administrators = administrators;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void change(ChangeAttachmentSavingCommand command) {
        administrators.require(command.actor(), "change saving attachments");
        transactions.inTransaction(() -> {
            if (!command.on()) {
                setting.saveSince(Optional.empty());
            } else if (setting.savingSince().isEmpty()) {
                setting.saveSince(Optional.of(clock.instant()));
            }
        });
    }

    @Override
    public Optional<Instant> savingSince() {
        return setting.savingSince();
    }
}
