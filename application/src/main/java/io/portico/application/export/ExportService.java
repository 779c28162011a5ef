package io.portico.application.export;

import io.portico.application.account.Viewers;
import io.portico.application.export.port.in.ExportAccountCommand;
import io.portico.application.export.port.in.ExportAccountUseCase;
import io.portico.application.export.port.in.ExportMyDataCommand;
import io.portico.application.export.port.in.ExportMyDataUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.Administrators;
import io.portico.domain.account.Account;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.JobId;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/**
 * Issue 14 item 3: exports are asked for here and built by {@link ExportJob}. Staff export an account they may see
 * (F2, asked now); a client exports their own data. A job is always started by a staff member, so a client's export
 * is listed under the firm's owner (or an admin), who thus learns of the request; only the client may download it.
 */
public final class ExportService implements ExportAccountUseCase, ExportMyDataUseCase {

    private final Viewers viewers;
    private final PortalUserPort users;
    private final Administrators administrators;
    private final ExportQueue queue;

    public ExportService(Viewers viewers, PortalUserPort users, Administrators administrators, ExportQueue queue) {
        this.viewers = viewers;
        this.users = users;
        this.administrators = administrators;
        this.queue = queue;
    }

    @Override
    public JobId export(ExportAccountCommand command) {
        Account account = viewers.visible(command.staff(), command.account())
                .orElseThrow(() -> new InvalidInputException("account", "account.not-found"));
        return queue.queue(account.name().value(), new ExportRequester.Staff(command.staff()), Optional.of(account.id()),
                command.staff());
    }

    @Override
    public JobId export(ExportMyDataCommand command) {
        PortalUser user = users.findById(command.client()).orElseThrow(() -> new NotAllowedException("no such portal user"));
        return queue.queue(user.email().value(), new ExportRequester.Client(user.id()), Optional.empty(), administrator());
    }

    /** The owner, else an admin: whoever administers the firm. */
    private StaffId administrator() {
        return administrators.everyone().stream().findFirst().orElseThrow(() -> new IllegalStateException("no active owner or admin"));
    }
}
