package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.mailbox.port.in.MailboxSettings;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.Security;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.WithStaff;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** D1, issue 13 items 1–2: Settings → Mailboxes. */
class MailboxesViewTest extends StaffViewTest {

    @Autowired
    MailboxPort store;
    @Autowired
    MailboxHealthPort health;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static List<MailboxSettings> listed(MailboxesView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    private MailboxSettings named(MailboxesView view, String name) {
        return listed(view).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static void fill(MailboxDialog.ServerFields server, String host, Integer port, Security security, String user, String password) {
        server.host.setValue(host);
        server.port.setValue(port);
        server.security.setValue(security);
        server.user.setValue(user);
        server.password.setValue(password);
    }

    private MailboxDialog typedMailbox(MailboxesView view, int port) {
        MailboxDialog dialog = view.open(null);
        roundTrip();
        dialog.name.setValue("Office " + run);
        dialog.address.setValue("office-" + run + "@studio.example");
        fill(dialog.imap, "127.0.0.1", port, Security.NONE, "office", "imap secret");
        fill(dialog.smtp, "127.0.0.1", port, Security.NONE, "office", "smtp secret");
        return dialog;
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void issue13_item1_an_owner_adds_a_mailbox_edits_it_keeping_its_passwords_and_removes_it() throws Exception {
        signInAsOwner();
        MailboxesView view = navigate(MailboxesView.class);
        MailboxDialog add = typedMailbox(view, 993);
        test(add.save).click();

        MailboxSettings office = named(view, "Office " + run);
        assertThat(office.imap()).isEqualTo(new MailboxSettings.Server("127.0.0.1", 993, Security.NONE, "office"));
        assertThat(view.health(office.health()).getChildren().map(c -> ((Paragraph) c).getText()))
                .contains("Not synced yet", "0 messages synced, 0 with no known address");

        MailboxDialog edit = view.open(office);
        roundTrip();
        assertThat(edit.imap.password.getValue()).as("never shown again").isEmpty();
        assertThat(edit.imap.password.getHelperText()).isEqualTo("Leave empty to keep the stored password");
        edit.name.setValue("Front office " + run);
        test(edit.save).click();
        var stored = store.find(office.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Front office " + run);
        assertThat(stored.imap().password().value()).isEqualTo("imap secret");
        assertThat(stored.smtp().password().value()).isEqualTo("smtp secret");

        var confirm = view.remove(named(view, "Front office " + run));
        roundTrip();
        test(confirm.delete).click();
        assertThat(listed(view)).extracting(MailboxSettings::id).doesNotContain(office.id());
    }

    @Test
    void issue13_item1_a_bad_field_is_marked_and_named_and_nothing_is_saved() throws Exception {
        signInAsOwner();
        MailboxesView view = navigate(MailboxesView.class);
        MailboxDialog dialog = typedMailbox(view, 993);
        dialog.smtp.port.clear();
        test(dialog.save).click();

        assertThat(dialog.smtp.port.isInvalid()).isTrue();
        assertThat(dialog.problem.getText()).isEqualTo("SMTP port: enter a port from 1 to 65535");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(listed(view)).extracting(MailboxSettings::name).doesNotContain("Office " + run);
    }

    @Test
    void issue13_item1_test_connection_says_per_server_what_failed_in_plain_words() throws Exception {
        signInAsOwner();
        MailboxesView view = navigate(MailboxesView.class);
        MailboxDialog dialog = typedMailbox(view, closedPort());

        test(dialog.test).click();

        assertThat(dialog.imapResult.getText()).isEqualTo("Reading (IMAP): the server cannot be reached (check the server and port)");
        assertThat(dialog.smtpResult.getText()).isEqualTo("Sending (SMTP): the server cannot be reached (check the server and port)");
        assertThat(listed(view)).extracting(MailboxSettings::name).as("testing saves nothing").doesNotContain("Office " + run);
    }

    @Test
    void issue13_item2_a_failing_mailbox_shows_since_when_and_why() {
        signInAsOwner();
        MailboxesView view = navigate(MailboxesView.class);
        test(typedMailbox(view, 993).save).click();
        MailboxSettings office = named(view, "Office " + run);
        health.synced(office.id(), Instant.parse("2026-11-30T08:00:00Z"), 12, 3);
        health.failed(office.id(), Instant.parse("2026-11-30T09:00:00Z"), SyncError.WRONG_PASSWORD);

        view.refresh();
        MailboxHealth shown = named(view, "Office " + run).health();
        String text = view.health(shown).getChildren().map(c -> ((Paragraph) c).getText()).collect(Collectors.joining("\n"));

        assertThat(shown.failingSince()).isEqualTo(Optional.of(Instant.parse("2026-11-30T09:00:00Z")));
        assertThat(text).contains("Last synced ").contains("12 messages synced, 3 with no known address")
                .containsPattern("Failing since .*: wrong user name or password");
    }

    @Test
    void issue13_item1_owners_find_mailboxes_in_the_settings() {
        signInAsOwner();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Mailboxes");
    }

    @Test
    @WithStaff(role = StaffRole.EMPLOYEE, email = "marco@studio-bianchi.it")
    void issue13_item1_employees_have_no_mailboxes_in_the_sidebar() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Mailboxes");
    }
}
