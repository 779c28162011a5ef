package io.portico.ui.export;

import com.vaadin.flow.component.Component;
import io.portico.application.export.port.in.DownloadExportUseCase;
import io.portico.application.export.port.in.ExportMyDataUseCase;
import io.portico.application.export.port.in.ExportStatusQuery;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.JobId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/** Issue 14 item 3: builds the export's download on the job's page and the portal's <i>Download my data</i>. */
@org.springframework.stereotype.Component
public class ExportDownloads {

    private final ExportStatusQuery statuses;
    private final DownloadExportUseCase downloads;
    private final ExportMyDataUseCase exportMyData;

    ExportDownloads(ExportStatusQuery statuses, DownloadExportUseCase downloads, ExportMyDataUseCase exportMyData) {
        this.statuses = statuses;
        this.downloads = downloads;
        this.exportMyData = exportMyData;
    }

    /** The export built by the job, if the viewer asked for it. */
    public Optional<Component> forStaff(StaffId viewer, JobId job) {
        ExportRequester requester = new ExportRequester.Staff(viewer);
        return statuses.status(requester, job).map(status -> new ExportLink(downloads, requester, status));
    }

    /** My profile's section: ask for one's data and download it when it is ready. */
    public Component forClient(PortalUserId client) {
        return new PortalDataDownload(client, statuses, downloads, exportMyData);
    }
}
