package io.portico.ui.importing;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.importing.port.in.DryRun;
import io.portico.application.importing.port.in.DryRunImportCommand;
import io.portico.application.importing.port.in.DryRunImportQuery;
import io.portico.application.importing.port.in.ImportOptions;
import io.portico.application.importing.port.in.RowPreview;
import io.portico.application.importing.port.in.StageImportCommand;
import io.portico.application.importing.port.in.StageImportUseCase;
import io.portico.application.importing.port.in.StagedImport;
import io.portico.application.importing.port.in.StartImportCommand;
import io.portico.application.importing.port.in.StartImportUseCase;
import io.portico.application.importing.port.in.UndoImportUseCase;
import io.portico.application.importing.port.in.UndoOutcome;
import io.portico.application.job.port.in.JobStatusQuery;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.importing.ColumnTarget;
import io.portico.domain.importing.ImportField;
import io.portico.domain.importing.ImportedRow;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProblem;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.job.JobProgress;
import io.portico.ui.job.JobView;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 12 items 5–7 (A10): Clients → Accounts → Import. Upload a CSV file (streamed into staging rows), map
 * its columns (proposed from the header or the last mapping), dry run, choose the options, import as a job
 * followed here, and undo it.
 */
@Route("clients/accounts/import")
@PermitAll
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** Beyond the browser's limit, which the server does not trust: the staging reads the stream as it comes. */
    static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    final Upload upload = new Upload();
    final FlexLayout columns = new FlexLayout();
    final List<Select<ColumnTarget>> targets = new ArrayList<>();
    final Button dryRunButton = new Button();
    final Paragraph counts = new Paragraph();
    final Grid<RowPreview> preview = new Grid<>();
    final Grid<JobProblem> rejections = new Grid<>();
    final Checkbox login = new Checkbox();
    final Checkbox notify = new Checkbox();
    final Checkbox sync = new Checkbox();
    final Checkbox invite = new Checkbox();
    final TextArea message = new TextArea();
    final Button importButton = new Button();
    final VerticalLayout result = new VerticalLayout();
    final Button undoButton = new Button();
    private final VerticalLayout mapping = new VerticalLayout();
    private final VerticalLayout dryRunArea = new VerticalLayout();
    private final StageImportUseCase stage;
    private final DryRunImportQuery dryRun;
    private final StartImportUseCase start;
    private final UndoImportUseCase undo;
    private final JobStatusQuery jobs;
    private final List<ColumnTarget> choices;
    private final Map<ColumnTarget, String> customNames = new HashMap<>();
    private final StaffId viewer;
    private StagedImport staged;
    private String fileName = "";
    private JobId job;

    public ImportView(StageImportUseCase stage, DryRunImportQuery dryRun, StartImportUseCase start, UndoImportUseCase undo,
                      JobStatusQuery jobs, CustomFieldsQuery fields, StaffSession session) {
        this.stage = stage;
        this.dryRun = dryRun;
        this.start = start;
        this.undo = undo;
        this.jobs = jobs;
        this.viewer = new StaffId(session.current().orElseThrow().id());
        this.choices = choices(fields);
        configureUpload();
        configureMapping();
        configureDryRun();
        result.setPadding(false);
        mapping.setVisible(false);
        dryRunArea.setVisible(false);
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload, mapping, dryRunArea, result);
    }

    private List<ColumnTarget> choices(CustomFieldsQuery fields) {
        List<ColumnTarget> all = new ArrayList<>(Stream.of(ImportField.values()).filter(field -> !field.custom()).map(ColumnTarget::of).toList());
        for (CustomFieldScope scope : CustomFieldScope.values()) {
            for (CustomField field : fields.fields(scope)) {
                var target = ColumnTarget.custom(scope == CustomFieldScope.ACCOUNT ? ImportField.ACCOUNT_CUSTOM_FIELD
                        : ImportField.CONTACT_CUSTOM_FIELD, field.id());
                customNames.put(target, field.name());
                all.add(target);
            }
        }
        return all;
    }

    private void configureUpload() {
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_UPLOAD_BYTES));
        upload.setMaxFiles(1);
        upload.setUploadHandler(event -> {
            try (InputStream in = event.getInputStream()) {
                Optional<StagedImport> file = staged(in);
                event.getUI().access(() -> {
                    fileName = event.getFileName();
                    file.ifPresent(this::show);
                });
            } catch (InvalidInputException e) {
                event.getUI().access(() -> error(InputErrors.message(e)));
            }
        });
    }

    /** Item 5: the file, staged as it streams in. */
    Optional<StagedImport> staged(InputStream in) throws IOException {
        return Optional.of(stage.stage(new StageImportCommand(viewer, in)));
    }

    /** Test hook and the upload's second half: stages the file and shows its mapping, or says why it cannot. */
    void receive(String name, InputStream in) throws IOException {
        fileName = name;
        try {
            staged(in).ifPresent(this::show);
        } catch (InvalidInputException e) {
            error(InputErrors.message(e));
        }
    }

    private void configureMapping() {
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-m)");
        dryRunButton.setText(getTranslation("import.dry-run"));
        dryRunButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dryRunButton.addClickListener(click -> runDry());
        mapping.setPadding(false);
        mapping.add(new H2(getTranslation("import.mapping")), columns, dryRunButton);
    }

    void show(StagedImport file) {
        staged = file;
        targets.clear();
        columns.removeAll();
        for (int column = 0; column < file.header().size(); column++) {
            var select = new Select<ColumnTarget>();
            select.setLabel(file.header().get(column));
            select.setItems(choices);
            select.setItemLabelGenerator(this::label);
            select.setValue(file.mapping().get(column));
            int at = column;
            select.setHelperText(file.sample().stream().filter(row -> row.size() > at).map(row -> row.get(at)).filter(v -> !v.isBlank())
                    .limit(2).collect(Collectors.joining(" · ")));
            targets.add(select);
            columns.add(select);
        }
        mapping.setVisible(true);
        dryRunArea.setVisible(false);
        upload.clearFileList();
    }

    private String label(ColumnTarget target) {
        return target.customField().isPresent()
                ? getTranslation("import.target." + target.field().name(), customNames.getOrDefault(target, "?"))
                : getTranslation("import.target." + target.field().name());
    }

    private void configureDryRun() {
        preview.addColumn(RowPreview::row).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(row -> row.imported().map(i -> i.accountName().value()).orElse("")).setHeader(getTranslation("field.accountName"));
        preview.addColumn(row -> row.imported().map(i -> getTranslation("account.type." + i.type().name())).orElse(""))
                .setHeader(getTranslation("accounts.type"));
        preview.addColumn(row -> row.imported().map(i -> i.contactName().full()).orElse("")).setHeader(getTranslation("import.contact"));
        preview.addColumn(row -> row.imported().map(ImportView::emails).orElse("")).setHeader(getTranslation("field.emails"));
        preview.addColumn(this::outcome).setHeader(getTranslation("import.outcome")).setFlexGrow(2);
        preview.setAllRowsVisible(true);
        rejections.addColumn(JobProblem::item).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        rejections.addColumn(problem -> problem.field().orElse("")).setHeader(getTranslation("import.column")).setAutoWidth(true);
        rejections.addColumn(this::reason).setHeader(getTranslation("import.reason")).setFlexGrow(3);
        rejections.setAllRowsVisible(true);
        login.setLabel(getTranslation("toggle.LOGIN"));
        notify.setLabel(getTranslation("toggle.NOTIFY"));
        sync.setLabel(getTranslation("toggle.EMAIL_SYNC"));
        invite.setLabel(getTranslation("import.invite"));
        invite.setEnabled(false);
        login.addValueChangeListener(change -> {
            invite.setEnabled(change.getValue());
            invite.setValue(invite.getValue() && change.getValue());
        });
        message.setLabel(getTranslation("import.invite.message"));
        message.setVisible(false);
        invite.addValueChangeListener(change -> message.setVisible(change.getValue()));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> startImport());
        dryRunArea.setPadding(false);
        dryRunArea.add(new H2(getTranslation("import.dry-run.title")), counts, preview, new H2(getTranslation("import.rejected")), rejections,
                new H2(getTranslation("import.options")), new HorizontalLayout(login, notify, sync), invite, message, importButton);
    }

    private static String emails(ImportedRow row) {
        return row.emails().all().stream().map(EmailAddress::value).collect(Collectors.joining(", "));
    }

    private String outcome(RowPreview row) {
        if (row.rejection().isPresent()) {
            return getTranslation("import.outcome.rejected", reason(row.rejection().get()));
        }
        return row.linkedTo().map(name -> getTranslation("import.outcome.linked", name)).orElse(getTranslation("import.outcome.new"));
    }

    /** A problem's reason in the reader's language, as a refused input reads. */
    String reason(JobProblem problem) {
        return getTranslation("error." + problem.messageKey(), problem.arguments().toArray());
    }

    void runDry() {
        try {
            var mapped = new ColumnMapping(targets.stream().map(Select::getValue).toList());
            DryRun run = dryRun.dryRun(new DryRunImportCommand(viewer, staged.id(), mapped));
            counts.setText(getTranslation("import.counts", run.newAccounts(), run.newContacts(), run.linkedContacts(), run.rejected()));
            preview.setItems(run.preview());
            rejections.setItems(run.rejections());
            importButton.setText(getTranslation("import.start", run.newAccounts()));
            importButton.setEnabled(run.newAccounts() > 0);
            dryRunArea.setVisible(true);
        } catch (InvalidInputException e) {
            error(InputErrors.message(e));
        }
    }

    void startImport() {
        try {
            var options = new ImportOptions(login.getValue(), notify.getValue(), sync.getValue(),
                    invite.getValue() ? Optional.of(new InvitationRequest(message.getValue())) : Optional.empty());
            job = start.start(new StartImportCommand(viewer, staged.id(), fileName, new ColumnMapping(targets.stream().map(Select::getValue).toList()),
                    options));
            showJob();
        } catch (InvalidInputException e) {
            error(InputErrors.message(e));
        }
    }

    /** With the job's page under Clients → Jobs, where its Inbox+ notice links too. */
    private void showJob() {
        upload.setVisible(false);
        mapping.setVisible(false);
        dryRunArea.setVisible(false);
        undoButton.setText(getTranslation("import.undo"));
        undoButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        undoButton.addClickListener(click -> undoImport());
        result.removeAll();
        result.add(new JobProgress(jobs, viewer, job, fileName),
                new HorizontalLayout(new RouterLink(getTranslation("import.report"), JobView.class, JobView.parameters(job)), undoButton));
    }

    void undoImport() {
        String text = switch (undo.undo(viewer, job)) {
            case UndoOutcome.Undone undone -> getTranslation("import.undone", undone.accounts(), undone.contacts());
            case UndoOutcome.Refused refused -> getTranslation("error." + refused.messageKey(), refused.arguments().toArray());
        };
        result.add(new Paragraph(new Text(text)));
        Notification.show(text, 5000, Notification.Position.MIDDLE);
    }

    JobId job() {
        return job;
    }

    private void error(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Portico";
    }
}
