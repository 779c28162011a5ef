package io.portico.ui.export;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import io.portico.application.export.port.in.DownloadExportUseCase;
import io.portico.application.export.port.in.ExportMyDataCommand;
import io.portico.application.export.port.in.ExportMyDataUseCase;
import io.portico.application.export.port.in.ExportStatus;
import io.portico.application.export.port.in.ExportStatusQuery;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.export.ExportState;
import io.portico.domain.portal.PortalUserId;
import java.util.Optional;

/**
 * Issue 14 item 3: My profile → <i>Download my data</i>. The button asks for a new export; while it is being built
 * the page polls every {@link #POLL_MILLIS} ms, and once ready shows the download for its 24 hours.
 */
class PortalDataDownload extends VerticalLayout {

    static final int POLL_MILLIS = 2000;

    final Button request = new Button(getTranslation("export.my-data"));
    final Div status = new Div();
    private final PortalUserId client;
    private final ExportStatusQuery statuses;
    private final DownloadExportUseCase downloads;
    private Registration polling;

    PortalDataDownload(PortalUserId client, ExportStatusQuery statuses, DownloadExportUseCase downloads, ExportMyDataUseCase exportMyData) {
        this.client = client;
        this.statuses = statuses;
        this.downloads = downloads;
        setPadding(false);
        request.setId("download-my-data");
        request.addClickListener(click -> {
            exportMyData.export(new ExportMyDataCommand(client));
            refresh();
        });
        add(new H2(getTranslation("export.my-data")), new Paragraph(getTranslation("export.my-data.help")), request, status);
        refresh();
    }

    private void refresh() {
        Optional<ExportStatus> latest = statuses.latest(client);
        status.removeAll();
        latest.ifPresent(found -> status.add(new ExportLink(downloads, new ExportRequester.Client(client), found)));
        boolean building = latest.filter(found -> found.state() == ExportState.BUILDING).isPresent();
        request.setEnabled(!building);
        getUI().ifPresent(ui -> ui.setPollInterval(building ? POLL_MILLIS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }
}
