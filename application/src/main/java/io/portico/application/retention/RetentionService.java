package io.portico.application.retention;

import io.portico.application.retention.port.in.ChangeRetentionCommand;
import io.portico.application.retention.port.in.ChangeRetentionUseCase;
import io.portico.application.retention.port.in.RetentionQuery;
import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.domain.retention.Retention;

/** Issue 14, item 4: the firm's retention periods, the configured defaults until an owner or admin saves its own. */
public final class RetentionService implements RetentionQuery, ChangeRetentionUseCase {

    private final RetentionSettingsPort settings;
    private final Retention defaults;
    private final Administrators administrators;
    private final Transactions transactions;

    public RetentionService(RetentionSettingsPort settings, Retention defaults, Administrators administrators, Transactions transactions) {
        this.settings = settings;
        this.defaults = defaults;
        this.administrators = administrators;
        this.transactions = transactions;
    }

    @Override
    public Retention retention() {
        return settings.stored().orElse(defaults);
    }

    @Override
    public void change(ChangeRetentionCommand command) {
        administrators.require(command.actor(), "change retention");
        transactions.inTransaction(() -> settings.store(command.retention()));
    }
}
