package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.inbox.port.in.InboxQuery;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.Account;
import io.portico.domain.bulk.ToggleChoice;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.job.JobProgress;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.JobsRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** E3, issue 12 items 3 and 4: More actions → Edit LOGIN, NOTIFY, EMAIL SYNC — the dialog, its preview, the job. */
class BulkAccessViewTest extends StaffViewTest {

    @Autowired
    AccountPort accountPort;
    @Autowired
    ContactPort contactPort;
    @Autowired
    LoadAccessPort access;
    @Autowired
    RunJobsUseCase worker;
    @Autowired
    InboxQuery inbox;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final List<Account> stored = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private StaffId owner;
    private AccountsView list;

    @BeforeEach
    void twoAccounts() {
        owner = new StaffId(signInAsOwner().id());
        stored("Primo");
        stored("Secondo");
        list = navigate(AccountsView.class);
    }

    private void stored(String word) {
        var contact = AccountFixtures.contact(contactPort, owner, "Bulk" + word, run, word.toLowerCase(Locale.ROOT) + "." + run + "@rossi.it");
        Account account = AccountFixtures.individual("Access " + word + " " + run, Set.of(owner), AccountFixtures.plain(contact));
        accountPort.add(account, owner, Instant.now());
        stored.add(account);
        contacts.add(contact);
    }

    private BulkAccessDialog openForThisRunsAccounts() {
        var rows = test(list.grid);
        IntStream.range(0, rows.size()).mapToObj(rows::getRow).filter(row -> row.name().endsWith(run)).forEach(list.grid::select);
        assertThat(list.grid.getSelectedItems()).extracting(AccountRow::name).hasSize(2);
        new MenuBarTester<>(list.moreActions).clickItem("More actions", "Edit LOGIN, NOTIFY, EMAIL SYNC");
        return find(BulkAccessDialog.class).single();
    }

    @Test
    void issue12_3_nothing_selected_opens_no_dialog_and_a_selection_offers_all_matching() {
        new MenuBarTester<>(list.moreActions).clickItem("More actions", "Edit LOGIN, NOTIFY, EMAIL SYNC");
        assertThat(find(BulkAccessDialog.class).all()).isEmpty();
        openForThisRunsAccounts();
        assertThat(list.grid.getSelectedItems()).isNotEmpty();
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).all())
                .anySatisfy(box -> assertThat(box.getLabel()).startsWith("All ").endsWith(" accounts matching the filter"));
    }

    @Test
    void issue12_4_preview_then_confirm_turns_LOGIN_on_with_invitations_and_reports_to_inbox() {
        BulkAccessDialog dialog = openForThisRunsAccounts();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit LOGIN, NOTIFY, EMAIL SYNC for 2 accounts");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        test(dialog.toggles.get(AccessToggle.LOGIN)).selectItem("Enable for all contacts");
        assertThat(dialog.invite.isVisible()).isTrue();
        test(dialog.invite).click();
        test(dialog.message).setValue("Welcome " + run);
        test(dialog.previewButton).click();

        assertThat(find(Paragraph.class, dialog.preview).all()).extracting(Paragraph::getText)
                .contains("Will change 2 accounts: 2 contacts, 2 addresses; 2 invitations will be sent.");
        assertThat(dialog.toggles.get(AccessToggle.NOTIFY).getValue()).isEqualTo(ToggleChoice.KEEP);
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        JobProgress progress = find(JobProgress.class, list.jobs).single();
        JobsRun.untilFinished(worker, progress);
        for (int i = 0; i < 2; i++) {
            var address = new EmailAddress(contacts.get(i).emails().all().getFirst().value());
            assertThat(access.load(stored.get(i).id()).orElseThrow().of(contacts.get(i).id(), address).orElseThrow().login()).isTrue();
        }
        assertThat(inbox.latest(owner, 20)).anySatisfy(note -> {
            assertThat(note.messageKey()).isEqualTo("inbox.bulk-access.done");
            assertThat(note.arguments()).containsExactly("2", "0");
        });
    }

    @Test
    void issue12_4_choosing_nothing_previews_nothing() {
        BulkAccessDialog dialog = openForThisRunsAccounts();
        test(dialog.previewButton).click();
        assertThat(find(Paragraph.class, dialog.preview).single().getText()).isEqualTo("choose at least one toggle to enable or disable");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(find(Button.class, dialog).all()).isNotEmpty();
    }

}
