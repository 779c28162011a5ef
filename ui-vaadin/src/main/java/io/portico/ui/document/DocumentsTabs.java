package io.portico.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portico.application.document.port.in.AccountDocumentsQuery;
import io.portico.application.document.port.DocumentRow;
import io.portico.application.document.port.in.DownloadDocumentUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import io.portico.ui.grid.KeysetPager;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** Builds an account's Documents tab (D3, item 9): its documents, newest first, each downloadable. */
@org.springframework.stereotype.Component
public class DocumentsTabs {

    static final int PAGE = 50;

    private final AccountDocumentsQuery documents;
    private final DownloadDocumentUseCase downloads;
    private final long maxFileBytes;

    /** @param maxFileBytes the size cap of a synced attachment (larger files are listed on the mail, not kept) */
    public DocumentsTabs(AccountDocumentsQuery documents, DownloadDocumentUseCase downloads,
                         @Value("${portico.email-sync.max-attachment-bytes:20MB}") String maxFileBytes) {
        this.documents = documents;
        this.downloads = downloads;
        this.maxFileBytes = DataSize.parse(maxFileBytes).toBytes();
    }

    public Component tab(AccountId account, StaffId viewer) {
        var tab = new VerticalLayout();
        tab.setPadding(false);
        var locale = UI.getCurrent().getLocale();
        if (documents.documents(viewer, account, Optional.empty(), 1).isEmpty()) {
            var empty = new Paragraph(text("documents.empty", FileSizes.human(maxFileBytes, locale)));
            empty.addClassName("documents-empty");
            tab.add(empty);
            return tab;
        }
        tab.add(grid(account, viewer, locale));
        return tab;
    }

    private Grid<DocumentRow> grid(AccountId account, StaffId viewer, Locale locale) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
        var grid = new Grid<DocumentRow>();
        grid.addComponentColumn(row -> download(account, viewer, row)).setHeader(text("documents.name")).setFlexGrow(3);
        grid.addColumn(row -> FileSizes.human(row.size(), locale)).setHeader(text("documents.size")).setAutoWidth(true);
        grid.addColumn(row -> when.format(row.createdAt())).setHeader(text("documents.date")).setAutoWidth(true);
        grid.addComponentColumn(row -> source(account, row)).setHeader(text("documents.source")).setFlexGrow(2);
        var pager = new KeysetPager<DocumentRow>((after, limit) -> documents.documents(viewer, account, after, limit), PAGE);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream());
        grid.setHeight("30em");
        grid.addClassName("documents-grid");
        return grid;
    }

    /** The file's name as a link that downloads it, asking the use case again (the account's visibility, the document's account). */
    Anchor download(AccountId account, StaffId viewer, DocumentRow row) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> downloads.download(viewer, account, row.id())
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.size()))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), row.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** The subject of the mail the document came with, opening the account's Email tab. */
    private static Component source(AccountId account, DocumentRow row) {
        return row.sourceSubject().<Component>map(subject -> {
            var link = new Anchor("account/" + account.value() + "?tab=email", subject);
            link.getElement().setAttribute("router-link", true);
            return link;
        }).orElseGet(Span::new);
    }

    private static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
