package io.portico.ui.message;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.shared.FileAttachment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Items 8, 9: the files chosen for a message, held in memory until it is sent. The browser refuses a
 * file over the per-file limit; the server reads at most one byte past it whatever the browser says,
 * and the use case checks every file and the total when the message is sent.
 */
public class FilePicker extends VerticalLayout implements HasValidation {

    final Upload upload = new Upload();
    final Span error = new Span();
    private final AttachmentLimits limits;
    private final List<FileAttachment> files = new ArrayList<>();

    public FilePicker(AttachmentLimits limits) {
        this.limits = limits;
        setPadding(false);
        setSpacing(false);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        upload.setUploadHandler(event -> {
            String name = event.getFileName();
            String type = event.getContentType();
            byte[] content = read(event.getInputStream());
            event.getUI().access(() -> received(new FileAttachment(name, type, content)));
        });
        upload.addFileRemovedListener(removed -> files.removeIf(file -> file.fileName().equals(removed.getFileName())));
        upload.addFileRejectedListener(rejected -> {
            setErrorMessage(getTranslation("field.attachments") + ": " + getTranslation("error.message.attachment-too-large",
                    rejected.getFileName(), limits.maxFileBytes() / (1024 * 1024)));
            setInvalid(true);
        });
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        add(upload, error);
    }

    /** One byte past the limit at most: enough for the use case to refuse it, never an unbounded buffer. */
    byte[] read(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limits.maxFileBytes()) + 1);
    }

    /** What the upload handler does with a received file, on the UI's thread. */
    void received(FileAttachment file) {
        files.add(file);
    }

    public List<FileAttachment> files() {
        return List.copyOf(files);
    }

    public void clear() {
        files.clear();
        upload.clearFileList();
        setInvalid(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
