package io.portico.application.export;

import io.portico.application.account.Viewers;
import io.portico.application.export.port.in.DownloadExportCommand;
import io.portico.application.export.port.in.DownloadExportUseCase;
import io.portico.application.export.port.in.ExportDownload;
import io.portico.application.export.port.in.ExportStatus;
import io.portico.application.export.port.in.ExportStatusQuery;
import io.portico.application.export.port.in.PurgeExpiredExportsUseCase;
import io.portico.application.export.port.out.ExportFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.domain.export.DataExport;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.export.ExportState;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobState;
import io.portico.domain.portal.PortalUserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Issue 14 item 3: an export's state and file, for its requester only — checked on every call: a staff member
 * must still see the account (F2), a client must be the one who asked. Anything else reads as not found.
 */
public final class ExportDownloadService implements DownloadExportUseCase, ExportStatusQuery, PurgeExpiredExportsUseCase {

    private final ExportFilePort exports;
    private final JobPort jobs;
    private final Viewers viewers;
    private final Clock clock;

    public ExportDownloadService(ExportFilePort exports, JobPort jobs, Viewers viewers, Clock clock) {
        this.exports = exports;
        this.jobs = jobs;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Override
    public ExportDownload download(DownloadExportCommand command) {
        Optional<DataExport> export = own(command.requester(), command.export());
        Instant now = clock.instant();
        return switch (export.map(found -> found.stateAt(now, false)).orElse(ExportState.BUILDING)) {
            case READY -> available(export.get());
            case EXPIRED -> new ExportDownload.Expired();
            case BUILDING, FAILED -> new ExportDownload.Unavailable();
        };
    }

    @Override
    public Optional<ExportStatus> status(ExportRequester requester, JobId export) {
        return own(requester, export).map(this::status);
    }

    @Override
    public Optional<ExportStatus> latest(PortalUserId client) {
        return exports.latest(client).map(this::status);
    }

    @Override
    public int purge() {
        return exports.purgeExpired(clock.instant());
    }

    private ExportDownload available(DataExport export) {
        return new ExportDownload.Available(export.fileName(), export.size(), out -> exports.copy(export.job(), out));
    }

    private ExportStatus status(DataExport export) {
        boolean failed = jobs.find(export.job()).filter(job -> job.state() == JobState.FAILED).isPresent();
        return new ExportStatus(export.job(), export.stateAt(clock.instant(), failed), export.expiresAt(), export.size());
    }

    private Optional<DataExport> own(ExportRequester requester, JobId id) {
        return exports.find(id).filter(export -> export.requester().equals(requester)).filter(this::stillVisible);
    }

    /** A staff member who may no longer see the account reads their export as gone. */
    private boolean stillVisible(DataExport export) {
        return switch (export.requester()) {
            case ExportRequester.Staff staff -> export.account().flatMap(account -> viewers.visible(staff.id(), account)).isPresent();
            case ExportRequester.Client client -> true;
        };
    }
}
