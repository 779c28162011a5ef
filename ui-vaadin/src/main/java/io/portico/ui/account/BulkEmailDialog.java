package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.portico.application.bulk.port.in.StartBulkEmailCommand;
import io.portico.application.bulk.port.in.StartBulkEmailUseCase;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.domain.account.AccountId;
import io.portico.domain.job.JobId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Item 10: the message for the selected accounts; Send starts the job and hands its id (and subject) back. */
class BulkEmailDialog extends Dialog {

    final TextField subject = new TextField();
    final TextArea text = new TextArea();
    final Upload upload = new Upload();
    final Span error = new Span();
    final Button send = new Button();
    final List<FileAttachment> files = new ArrayList<>();

    private final List<AccountId> accounts;
    private final StaffId by;
    private final StartBulkEmailUseCase bulkEmail;
    private final BiConsumer<JobId, String> started;

    BulkEmailDialog(List<AccountId> accounts, StaffId by, StartBulkEmailUseCase bulkEmail, BiConsumer<JobId, String> started) {
        this.accounts = List.copyOf(accounts);
        this.by = by;
        this.bulkEmail = bulkEmail;
        this.started = started;
        setHeaderTitle(getTranslation("bulk-email.title", accounts.size()));
        subject.setLabel(getTranslation("field.subject"));
        subject.setMaxLength(StartBulkEmailCommand.MAX_SUBJECT);
        subject.setWidthFull();
        text.setLabel(getTranslation("field.text"));
        text.setMaxLength(StartBulkEmailCommand.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("12em");
        configureUpload();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new VerticalLayout(subject, text, upload, new Span(getTranslation("bulk-email.attachments-hint", StartBulkEmailCommand.MAX_FILES,
                StartBulkEmailCommand.MAX_ATTACHMENTS_BYTES / (1024 * 1024))), error));
        send.setText(getTranslation("bulk-email.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        getFooter().add(new Button(getTranslation("bulk-email.cancel"), click -> close()), send);
        setWidth("40em");
    }

    private void configureUpload() {
        upload.setMaxFiles(StartBulkEmailCommand.MAX_FILES);
        upload.setMaxFileSize(StartBulkEmailCommand.MAX_ATTACHMENTS_BYTES);
        upload.setUploadHandler(event -> {
            byte[] content = receive(event.getInputStream());
            event.getUI().access(() -> received(new FileAttachment(event.getFileName(), event.getContentType(), content)));
        });
        upload.addFileRemovedListener(removed -> files.removeIf(file -> file.fileName().equals(removed.getFileName())));
    }

    /** Read up to one byte past the limit: the browser's limit is not trusted, and the use case refuses what is over. */
    static byte[] receive(InputStream upload) throws IOException {
        return upload.readNBytes(StartBulkEmailCommand.MAX_ATTACHMENTS_BYTES + 1);
    }

    void received(FileAttachment file) {
        files.add(file);
    }

    void send() {
        error.setText("");
        try {
            JobId job = bulkEmail.start(new StartBulkEmailCommand(accounts, new MessageDraft(subject.getValue(), text.getValue(), files), by));
            close();
            started.accept(job, subject.getValue().strip());
        } catch (InvalidInputException e) {
            error.setText(InputErrors.show(e, Map.of("subject", subject, "text", text)));
        }
    }
}
