package io.portico.application.importing;

import io.portico.application.account.Viewers;
import io.portico.application.importing.port.in.UndoImportUseCase;
import io.portico.application.importing.port.in.UndoOutcome;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.List;

/**
 * Issue 12 item 7: an import is undone while its accounts are untouched since — none saved again, none with
 * history that is not the import's own — by its starter, once it has finished. All or nothing, in one transaction.
 */
public final class UndoImportService implements UndoImportUseCase {

    static final String RUNNING = "import.undo.running";
    static final String DONE_ALREADY = "import.undo.already";
    static final String TOUCHED = "import.undo.touched";

    private final JobPort jobs;
    private final UndoImportPort imports;
    private final Viewers viewers;
    private final Transactions transactions;
    private final Clock clock;

    public UndoImportService(JobPort jobs, UndoImportPort imports, Viewers viewers, Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.imports = imports;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UndoOutcome undo(StaffId by, JobId importJob) {
        if (!viewers.of(by).canCreate()) {
            throw new NotAllowedException("undo an import");
        }
        Job job = jobs.find(importJob).filter(found -> found.type() == JobType.IMPORT && found.createdBy().equals(by))
                .orElseThrow(() -> new InvalidInputException("job", "job.not-found"));
        if (!job.state().finished()) {
            return new UndoOutcome.Refused(RUNNING, List.of());
        }
        return transactions.inTransaction(() -> {
            if (imports.undone(importJob)) {
                return new UndoOutcome.Refused(DONE_ALREADY, List.of());
            }
            int touched = imports.touched(importJob);
            if (touched > 0) {
                return new UndoOutcome.Refused(TOUCHED, List.of(String.valueOf(touched)));
            }
            var removed = imports.remove(importJob, clock.instant());
            return new UndoOutcome.Undone(removed.accounts(), removed.contacts());
        });
    }
}
