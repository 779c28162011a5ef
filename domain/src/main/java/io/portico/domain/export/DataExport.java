package io.portico.domain.export;

import io.portico.domain.account.AccountId;
import io.portico.domain.job.JobId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Issue 14 item 3: one export, identified by the job that builds it. Once built it is offered for
 * {@link #KEPT} (24 hours), then it expires and its file is deleted.
 *
 * @param account the exported account (a staff export); empty for a client's own data
 * @param expiresAt empty until the file is built
 */
public record DataExport(JobId job, ExportRequester requester, Optional<AccountId> account, Instant requestedAt,
                         Optional<Instant> expiresAt, long size) {

    public static final Duration KEPT = Duration.ofHours(24);

    public DataExport {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
    }

    public static DataExport requested(JobId job, ExportRequester requester, Optional<AccountId> account, Instant now) {
        return new DataExport(job, requester, account, now, Optional.empty(), 0);
    }

    /** The file of {@code size} bytes is stored: it may be downloaded for {@link #KEPT} from {@code now}. */
    public DataExport built(long size, Instant now) {
        return new DataExport(job, requester, account, requestedAt, Optional.of(now.plus(KEPT)), size);
    }

    /** Its state at {@code now}, given whether its job failed. */
    public ExportState stateAt(Instant now, boolean jobFailed) {
        if (expiresAt.isEmpty()) {
            return jobFailed ? ExportState.FAILED : ExportState.BUILDING;
        }
        return now.isBefore(expiresAt.get()) ? ExportState.READY : ExportState.EXPIRED;
    }

    /** The ZIP's name: the job id keeps two exports of one day apart. */
    public String fileName() {
        return "portico-export-" + job.value() + ".zip";
    }
}
