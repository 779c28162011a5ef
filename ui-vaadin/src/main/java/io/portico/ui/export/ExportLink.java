package io.portico.ui.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.portico.application.export.port.in.DownloadExportCommand;
import io.portico.application.export.port.in.DownloadExportUseCase;
import io.portico.application.export.port.in.ExportDownload;
import io.portico.application.export.port.in.ExportStatus;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.export.ExportState;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * An export as its requester sees it: being prepared, failed, expired, or a download link with its expiry. The
 * download asks the use case again, so a file that expired (or an account no longer visible) since the page was
 * shown is refused.
 */
class ExportLink extends Div {

    static final String ID = "export-download";

    ExportLink(DownloadExportUseCase downloads, ExportRequester requester, ExportStatus status) {
        if (status.state() != ExportState.READY) {
            add(new Span(getTranslation("export.state." + status.state().name())));
            return;
        }
        var link = new Anchor((DownloadEvent event) -> write(downloads, new DownloadExportCommand(requester, status.export()), event),
                getTranslation("export.download"));
        link.setId(ID);
        link.setDownload(true);
        var until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        add(link, new Span(" " + getTranslation("export.until", status.expiresAt().map(until::format).orElse(""))));
    }

    private static void write(DownloadExportUseCase downloads, DownloadExportCommand command, DownloadEvent event) {
        switch (downloads.download(command)) {
            case ExportDownload.Available file -> {
                event.setFileName(file.fileName());
                event.setContentType("application/zip");
                event.setContentLength(file.size());
                try (OutputStream out = event.getOutputStream()) {
                    file.writeTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case ExportDownload.Expired expired -> refuse(event, 410, "The export has expired.");
            case ExportDownload.Unavailable unavailable -> refuse(event, 404, "No such export.");
        }
    }

    private static void refuse(DownloadEvent event, int status, String text) {
        event.getResponse().setStatus(status);
        event.setContentType("text/plain");
        try (OutputStream out = event.getOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
