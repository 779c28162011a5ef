package io.portico.application.export.port.in;

import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.JobId;
import io.portico.domain.portal.PortalUserId;
import java.util.Optional;

/** Issue 14 item 3: where an export stands, for the one who asked for it only. */
public interface ExportStatusQuery {

    Optional<ExportStatus> status(ExportRequester requester, JobId export);

    /** The client's newest export (My profile shows it). */
    Optional<ExportStatus> latest(PortalUserId client);
}
