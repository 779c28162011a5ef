package io.portico.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import io.portico.application.account.port.in.FindAccountsQuery;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.domain.importing.ImportField;
import io.portico.domain.job.JobProblem;
import io.portico.ui.support.StaffViewTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12 items 5–7 (A10): the import page — upload, mapping, dry run, the job's progress, undo. */
class ImportViewTest extends StaffViewTest {

    @Autowired
    RunJobsUseCase worker;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private ImportView view;

    @BeforeEach
    void page() {
        signInAsOwner();
        view = navigate(ImportView.class);
    }

    private void upload(String csv) throws IOException {
        view.receive("clients.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String file() {
        return "Nome;Cognome;E-mail;Telefono\n"
                + "Mario;Import" + run + ";mario." + run + "@rossi.it;+39 02 1234567\n"
                + "Lucia;Import" + run + ";lucia." + run + "@rossi.it;\n"
                + "Ugo;Import" + run + ";not-an-address;\n";
    }

    @Test
    void issue12_5_an_uploaded_file_shows_its_columns_mapped_from_the_header() throws IOException {
        upload(file());

        assertThat(view.targets).hasSize(4);
        assertThat(view.targets).extracting(select -> select.getValue().field())
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE);
        assertThat(view.targets.getFirst().getLabel()).isEqualTo("Nome");
        assertThat(view.targets.getFirst().getHelperText()).isEqualTo("Mario · Lucia");
    }

    @Test
    void issue12_5_an_empty_file_is_refused_with_a_message() throws IOException {
        upload("");

        assertThat(view.targets).isEmpty();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("File: the file is empty");
    }

    @Test
    void issue12_6_the_dry_run_counts_and_lists_the_rejected_rows_with_their_reason() throws IOException {
        upload(file());
        view.runDry();

        assertThat(view.counts.getText()).isEqualTo("2 new accounts, 2 new contacts, 0 existing contacts linked by address, 1 rows rejected.");
        assertThat(test(view.preview).size()).isEqualTo(3);
        var rejected = test(view.rejections);
        assertThat(rejected.size()).isEqualTo(1);
        JobProblem problem = rejected.getRow(0);
        assertThat(problem.item()).isEqualTo("4");
        assertThat(problem.field()).contains("E-mail");
        assertThat(view.reason(problem)).isEqualTo("enter a valid email address, like name@example.com");
        assertThat(view.importButton.getText()).isEqualTo("Import 2 accounts");
    }

    @Test
    void issue12_7_the_import_runs_as_a_job_and_can_be_undone_while_untouched() throws IOException {
        upload(file());
        view.runDry();
        view.login.setValue(true);
        view.invite.setValue(true);
        view.startImport();

        assertThat(view.job()).isNotNull();
        assertThat(view.upload.isVisible()).isFalse();
        while (worker.runNext()) {
            // every queued job, this import among them
        }
        var progress = find(io.portico.ui.job.JobProgress.class).single();
        progress.refresh();
        assertThat(progress.label.getText()).isEqualTo("clients.csv: 2 rows imported, 1 rejected.");

        view.undoImport();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Import undone: 2 accounts and 2 contacts removed.");
    }
}
