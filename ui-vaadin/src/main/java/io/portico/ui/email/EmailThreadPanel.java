package io.portico.ui.email;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.SyncedAttachment;
import io.portico.application.email.port.SyncedMessage;
import io.portico.domain.shared.FileAttachment;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Item 6: an open thread's messages, oldest first — who wrote to whom and when, the body (HTML cleaned and shown in a
 * sandboxed frame that runs no script, remote images only after <i>Show images</i>; else the text), and the files,
 * each download asking the use case again so a reader who lost the account gets nothing. Under each message, what
 * {@code below} puts there (the staff's reply buttons).
 */
public class EmailThreadPanel extends VerticalLayout {

    private final Function<UUID, Optional<FileAttachment>> download;
    private final Function<UUID, Component> below;

    public EmailThreadPanel(EmailThreadView thread, Function<UUID, Optional<FileAttachment>> download, Function<UUID, Component> below) {
        this.download = download;
        this.below = below;
        setPadding(false);
        addClassName("email-thread");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        add(new H3(thread.subject()));
        thread.messages().forEach(message -> add(message(message, when)));
    }

    private VerticalLayout message(SyncedMessage message, DateTimeFormatter when) {
        var item = new VerticalLayout(header("emailtab.from", message.fromName().map(name -> name + " <" + message.from() + ">").orElse(message.from())));
        item.setPadding(false);
        item.setSpacing(false);
        item.addClassName("email-message");
        item.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-s)");
        if (!message.to().isEmpty()) {
            item.add(header("emailtab.to", String.join(", ", message.to())));
        }
        if (!message.cc().isEmpty()) {
            item.add(header("emailtab.cc", String.join(", ", message.cc())));
        }
        item.add(header("emailtab.date", when.format(message.sentAt())), body(message));
        if (!message.attachments().isEmpty()) {
            var files = new HorizontalLayout();
            files.addClassName("email-files");
            message.attachments().forEach(file -> files.add(file(file)));
            item.add(files);
        }
        item.add(below.apply(message.id()));
        return item;
    }

    private Span header(String key, String value) {
        var line = new Span(getTranslation(key, value));
        line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return line;
    }

    private Component body(SyncedMessage message) {
        return message.htmlBody().<Component>map(HtmlBody::new).orElseGet(() -> {
            var text = new Paragraph(message.textBody().orElse(""));
            text.addClassName("email-text");
            text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            return text;
        });
    }

    private Component file(SyncedAttachment file) {
        if (!file.kept()) {
            var listed = new Span(getTranslation("emailtab.file.too-large", file.fileName()));
            listed.addClassName("email-file-too-large");
            return listed;
        }
        var link = new Anchor(DownloadHandler.fromInputStream(event -> download.apply(file.id())
                .map(found -> new DownloadResponse(new ByteArrayInputStream(found.content()), found.fileName(), found.contentType(), found.size()))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), file.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** An HTML body in a frame that may open links in a new tab and nothing else; remote images wait for the reader. */
    static final class HtmlBody extends VerticalLayout {

        final IFrame frame = new IFrame();
        final Button showImages = new Button(getTranslation("emailtab.show-images"));
        private final String html;

        HtmlBody(String html) {
            this.html = html;
            setPadding(false);
            setSpacing(false);
            frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_POPUPS_TO_ESCAPE_SANDBOX);
            frame.setWidthFull();
            frame.setHeight("24em");
            frame.getStyle().set("border", "none").set("resize", "vertical");
            showImages.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            showImages.addClickListener(click -> show(true));
            add(showImages, frame);
            show(false);
        }

        private void show(boolean images) {
            MailHtml.Cleaned cleaned = MailHtml.clean(html, images);
            frame.setSrcdoc(MailHtml.document(cleaned, images));
            showImages.setVisible(cleaned.blockedImages());
        }
    }
}
