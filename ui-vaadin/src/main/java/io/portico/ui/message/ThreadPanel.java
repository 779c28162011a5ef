package io.portico.ui.message;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portico.application.message.port.in.MessageView;
import io.portico.application.message.port.in.ThreadView;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.domain.message.Attachment;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.shared.FileAttachment;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Function;

/**
 * Items 8, 9: a thread's messages, oldest first, each with who sent it, its files to download (each
 * download asks the use case again, so a reader who lost the account gets nothing) and — for staff —
 * where the firm's messages were mailed and how far each mail got.
 */
public class ThreadPanel extends VerticalLayout {

    private final Function<AttachmentId, Optional<FileAttachment>> download;
    private final boolean forStaff;

    public ThreadPanel(ThreadView thread, Function<AttachmentId, Optional<FileAttachment>> download, boolean forStaff) {
        this.download = download;
        this.forStaff = forStaff;
        setPadding(false);
        addClassName("thread");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        thread.messages().forEach(message -> add(message(message, when)));
    }

    private VerticalLayout message(MessageView message, DateTimeFormatter when) {
        String who = message.fromFirm() ? message.sender() : message.sender() + " (" + getTranslation("messages.client") + ")";
        var meta = new Span(who + " · " + when.format(message.sentAt()));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var text = new Paragraph(message.text());
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        var item = new VerticalLayout(meta, text);
        item.setPadding(false);
        item.setSpacing(false);
        item.addClassName(message.fromFirm() ? "from-firm" : "from-client");
        if (!message.attachments().isEmpty()) {
            var files = new HorizontalLayout();
            message.attachments().forEach(attachment -> files.add(downloadLink(attachment)));
            item.add(files);
        }
        if (forStaff && message.fromFirm()) {
            item.add(deliveries(message));
        }
        return item;
    }

    Anchor downloadLink(Attachment attachment) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> download.apply(attachment.id())
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.size()))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), attachment.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Span deliveries(MessageView message) {
        var line = new Span(message.deliveries().isEmpty() ? getTranslation("messages.deliveries.none")
                : String.join(", ", message.deliveries().stream().map(this::delivery).toList()));
        line.addClassName("deliveries");
        line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private String delivery(NotificationDelivery delivery) {
        return getTranslation("messages.delivery", delivery.to().value(), getTranslation("messages.delivery." + delivery.status().name()));
    }
}
