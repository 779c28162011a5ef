package io.portico.application.export.port.in;

/**
 * Issue 14 item 3: an export's file, only for the one who asked for it — a staff member while they still may see the
 * account, a client for their own data. Anyone else's reads as unavailable, exactly like a missing one.
 */
public interface DownloadExportUseCase {

    ExportDownload download(DownloadExportCommand command);
}
