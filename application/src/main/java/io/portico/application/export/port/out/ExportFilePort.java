package io.portico.application.export.port.out;

import io.portico.domain.export.DataExport;
import io.portico.domain.job.JobId;
import io.portico.domain.portal.PortalUserId;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;

/** Issue 14 item 3: the exports and their stored files, shared by every node. */
public interface ExportFilePort {

    void add(DataExport export);

    Optional<DataExport> find(JobId job);

    /** The client's newest export, if any. */
    Optional<DataExport> latest(PortalUserId client);

    /**
     * Where the export's file is written, in the caller's transaction: a failed build leaves nothing behind.
     * What was written before is replaced.
     */
    OutputStream content(JobId job);

    /** Stores the export's size and expiry (the file is complete). */
    void save(DataExport export);

    /** Streams the stored file to {@code out}, a part at a time. */
    void copy(JobId job, OutputStream out);

    /** Deletes the files of the exports expired at {@code now}; their rows stay, so a late download says "expired". */
    int purgeExpired(Instant now);
}
