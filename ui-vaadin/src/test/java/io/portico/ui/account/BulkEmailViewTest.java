package io.portico.ui.account;

import io.portico.ui.job.JobProgress;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.inbox.port.in.InboxQuery;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.domain.account.Account;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import io.portico.ui.message.ComposeMessageDialog;
import io.portico.ui.message.FilePicker;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.JobsRun;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11 item 10: Clients → Accounts → More actions → Send email, its dialog, and the job's progress. */
class BulkEmailViewTest extends StaffViewTest {

    @Autowired
    AccountPort accountPort;
    @Autowired
    ContactPort contactPort;
    @Autowired
    RunJobsUseCase worker;
    @Autowired
    InboxQuery inbox;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private StaffId owner;
    private AccountsView list;

    @BeforeEach
    void twoAccountsSelected() {
        owner = new StaffId(signInAsOwner().id());
        stored("Primo");
        stored("Secondo");
        list = navigate(AccountsView.class);
    }

    private void stored(String word) {
        String email = word.toLowerCase(Locale.ROOT) + "." + run + "@rossi.it";
        var contact = AccountFixtures.contact(contactPort, owner, "Bulk" + word, run, email);
        Account account = AccountFixtures.individual("Bulk " + word + " " + run, Set.of(owner), AccountFixtures.plain(contact));
        accountPort.add(account, owner, Instant.now());
    }

    private ComposeMessageDialog openForThisRunsAccounts() {
        var rows = test(list.grid);
        IntStream.range(0, rows.size()).mapToObj(rows::getRow).filter(row -> row.name().endsWith(run)).forEach(list.grid::select);
        assertThat(list.grid.getSelectedItems()).extracting(AccountRow::name).hasSize(2);
        new MenuBarTester<>(list.moreActions).clickItem("More actions", "Send email");
        return find(ComposeMessageDialog.class).single();
    }

    @Test
    void issue11_10_nothing_selected_opens_no_dialog() {
        new MenuBarTester<>(list.moreActions).clickItem("More actions", "Send email");
        assertThat(find(ComposeMessageDialog.class).all()).isEmpty();
    }

    @Test
    void issue11_10_a_missing_subject_or_too_big_attachments_are_refused_on_their_field_and_nothing_starts() {
        ComposeMessageDialog dialog = openForThisRunsAccounts();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Send email to 2 accounts");
        test(field(dialog, TextArea.class, "message-text")).setValue("Please send your receipts.");
        send(dialog);
        TextField subject = field(dialog, TextField.class, "message-subject");
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Subject: this field is required");
        assertThat(dialog.isOpened()).isTrue();

        test(subject).setValue("Tax day");
        test(find(Upload.class, dialog).single()).upload("huge.bin", "application/octet-stream", new byte[10 * 1024 * 1024 + 1]);
        roundTrip();
        send(dialog);
        FilePicker files = find(FilePicker.class, dialog).single();
        assertThat(files.getErrorMessage()).isEqualTo("Attachments: huge.bin is larger than 10 MB");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(list.jobs.getComponentCount()).isZero();
    }

    @Test
    void issue11_10_sending_starts_a_job_whose_progress_shows_on_the_page_and_whose_report_reaches_inbox() {
        ComposeMessageDialog dialog = openForThisRunsAccounts();
        test(field(dialog, TextField.class, "message-subject")).setValue("Tax day " + run);
        test(field(dialog, TextArea.class, "message-text")).setValue("Please send your receipts.");
        test(find(Upload.class, dialog).single()).upload("letter.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        roundTrip();
        assertThat(find(FilePicker.class, dialog).single().files()).extracting(FileAttachment::fileName).containsExactly("letter.pdf");
        send(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(list.grid.getSelectedItems()).isEmpty();
        JobProgress progress = find(JobProgress.class, list.jobs).single();
        assertThat(progress.label.getText()).startsWith("Sending \"Tax day " + run + "\": 0 of 2 accounts.");

        JobsRun.untilFinished(worker, progress);
        progress.refresh();
        assertThat(progress.bar.getValue()).isEqualTo(1.0);
        assertThat(progress.label.getText()).isEqualTo("Sent \"Tax day " + run + "\": 2 accounts got it, 0 skipped.");
        assertThat(inbox.latest(owner, 20)).anySatisfy(note -> {
            assertThat(note.messageKey()).isEqualTo("inbox.bulk-email.done");
            assertThat(note.arguments()).containsExactly("Tax day " + run, "2", "0");
        });
    }

    private <T extends Component> T field(ComposeMessageDialog dialog, Class<T> type, String id) {
        return find(type, dialog).withId(id).single();
    }

    private void send(ComposeMessageDialog dialog) {
        test(find(Button.class, dialog).withId("message-send").single()).click();
    }


}
