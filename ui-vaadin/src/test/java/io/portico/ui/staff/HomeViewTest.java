package io.portico.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.mail.DevMailboxView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import io.portico.ui.support.WithStaff;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.account.port.in.AccountFiguresQuery;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.mail.port.MailHealth;
import io.portico.application.health.port.SystemHealth;
import io.portico.application.health.port.in.SystemHealthQuery;
import io.portico.application.portal.port.in.PendingActivationQuery;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountType;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffStatus;
import io.portico.ui.account.AccountsView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class HomeViewTest extends StaffViewTest {

    @Autowired
    AccountFiguresQuery accountFigures;
    @Autowired
    SystemHealthQuery systemHealth;
    @Autowired
    PendingActivationQuery pending;
    @Autowired
    StaffPort staff;
    @Autowired
    JobPort jobs;

    @Autowired
    MailOutboxPort outbox;
    @Autowired
    Transactions transactions;

    @Test
    @WithStaff
    void G1_home_shows_the_firm_and_the_signed_in_member() {
        HomeView home = navigate(HomeView.class);
        String text = home.getElement().getTextRecursively();
        assertThat(text).contains(TestFirm.NAME).contains("Anna Bianchi").contains(TestFirm.OWNER_EMAIL).contains("owner");
    }

    @Test
    void an_owner_finds_the_dev_mailbox_in_the_sidebar_while_the_embedded_mail_server_runs() {
        signInAsOwner(); // a real owner: reading the mailbox checks the role against the firm's staff
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Home", "Dev mailbox");
        assertThat(navigate(DevMailboxView.class)).isInstanceOf(DevMailboxView.class);
    }

    @Test
    @WithStaff(role = StaffRole.EMPLOYEE, email = "marco@studio-bianchi.it")
    void an_employee_has_no_dev_mailbox() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Dev mailbox");
    }

    @Test
    @WithStaff
    void an_owner_sees_mail_that_could_not_be_delivered() {
        transactions.inTransaction(() -> {
            outbox.enqueue(new OutgoingMail(new EmailAddress("gone@example.com"), "Undeliverable test", "<p>x</p>", "x"), Instant.now());
            outbox.claimDue(Instant.now().plusSeconds(1), 100).stream()
                    .filter(queued -> queued.mail().subject().equals("Undeliverable test"))
                    .forEach(queued -> outbox.markDead(queued.id(), 10, "550 mailbox unavailable"));
        });

        HomeView home = navigate(HomeView.class);

        assertThat(home.getElement().getTextRecursively()).contains("Mail that could not be delivered");
        @SuppressWarnings("unchecked")
        Grid<UndeliverableMail> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        assertThat(grid.getGenericDataView().getItems()).anySatisfy(mail -> {
            assertThat(mail.to()).isEqualTo("gone@example.com");
            assertThat(mail.lastError()).isEqualTo("550 mailbox unavailable");
        });
    }

    @Test
    void G1_without_signing_in_the_home_page_leads_to_login() {
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void issue12_11_home_draws_accounts_by_type_and_portal_adoption_each_figure_a_link_to_the_filtered_list() {
        StaffId owner = new StaffId(signInAsOwner().id());
        AccountFigures figures = accountFigures.figures(owner);

        HomeView home = navigate(HomeView.class);

        assertThat(home.types.links).extracting(RouterLink::getText).containsExactly(
                "Individual: " + figures.byType().get(AccountType.INDIVIDUAL), "Company: " + figures.byType().get(AccountType.COMPANY),
                "Other: " + figures.byType().get(AccountType.OTHER));
        assertThat(home.types.links).extracting(RouterLink::getHref).containsExactly("clients/accounts?type=INDIVIDUAL",
                "clients/accounts?type=COMPANY", "clients/accounts?type=OTHER");
        assertThat(home.portal.links).extracting(RouterLink::getText).containsExactly(
                "Active: " + figures.byPortalStatus().get(PortalStatus.ACTIVE),
                "Pending activation: " + figures.byPortalStatus().get(PortalStatus.PENDING_ACTIVATION),
                "No portal access: " + figures.byPortalStatus().get(PortalStatus.NO_ACCESS));
        assertThat(home.portal.links).extracting(RouterLink::getHref).containsExactly("clients/accounts?portal=ACTIVE",
                "clients/accounts?portal=PENDING_ACTIVATION", "clients/accounts?portal=NO_ACCESS");
        var longest = pending.page(owner, Optional.empty(), HomeView.SHOWN);
        var expected = new java.util.ArrayList<>(List.of("clients/pending-activation", "clients/jobs"));
        longest.forEach(address -> expected.add("account/" + address.account().value()));
        assertThat(find(RouterLink.class, home).all()).extracting(RouterLink::getHref).containsAll(expected);
        assertThat(home.getElement().getTextRecursively()).contains("Accounts (" + figures.total() + ")")
                .contains("Longest-waiting pending activations").contains("All pending activations").contains("All jobs");
    }

    @Test
    void issue12_11_a_bar_is_as_long_as_its_share_of_the_whole() {
        assertThat(FigureBars.percent(1, 4)).isEqualTo("25%");
        assertThat(FigureBars.percent(4, 4)).isEqualTo("100%");
        assertThat(FigureBars.percent(0, 0)).isEqualTo("0%");
    }

    @Test
    void issue12_11_a_figures_link_opens_the_account_list_with_its_filter_chosen() {
        signInAsOwner();

        UI.getCurrent().navigate("clients/accounts", QueryParameters.simple(Map.of("portal", "PENDING_ACTIVATION", "type", "COMPANY")));
        var list = (AccountsView) getCurrentView();

        assertThat(find(com.vaadin.flow.component.select.Select.class, list).all())
                .extracting(select -> select.getValue()).contains(Optional.of(PortalStatus.PENDING_ACTIVATION), Optional.of(AccountType.COMPANY));
        navigate(HomeView.class);
        UI.getCurrent().navigate("clients/accounts", QueryParameters.of("portal", "SOMETHING"));
        var unfiltered = (AccountsView) getCurrentView();
        assertThat(find(com.vaadin.flow.component.select.Select.class, unfiltered).all())
                .extracting(select -> select.getValue()).doesNotContain(Optional.of(PortalStatus.PENDING_ACTIVATION));
    }

    @Test
    void issue12_11_F2_a_member_on_no_team_counts_no_accounts_and_sees_no_mail_health() {
        var paola = new StaffMember(StaffId.random(), new PersonName("Paola", "Home"), new EmailAddress("paola." + UUID.randomUUID() + "@studio.it"),
                StaffRole.EMPLOYEE, StaffStatus.ACTIVE);
        staff.add(paola, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("paola passphrase here"));
        signIn(paola.email().value(), "paola passphrase here");

        HomeView home = navigate(HomeView.class);

        assertThat(home.types.links).extracting(RouterLink::getText).containsExactly("Individual: 0", "Company: 0", "Other: 0");
        assertThat(home.failedMail).isNull();
        assertThat(home.getElement().getTextRecursively()).doesNotContain("Mail delivery").contains("No jobs yet.")
                .contains("No address is waiting for activation.");
    }

    @Test
    void issue12_11_admins_see_how_many_mails_wait_and_how_many_failed() {
        StaffId owner = new StaffId(signInAsOwner().id());
        MailHealth health = systemHealth.health(owner).mail();

        HomeView home = navigate(HomeView.class);

        assertThat(home.getElement().getTextRecursively()).contains("Mail delivery").contains("Waiting to be sent: " + health.queued());
        assertThat(home.failedMail.getText()).isEqualTo("Could not be delivered: " + health.failed());
    }

    @Test
    void issue14_7_admins_see_the_installations_health_the_oldest_mail_jobs_failing_mailboxes_and_the_last_backup() {
        StaffId owner = new StaffId(signInAsOwner().id());
        SystemHealth health = systemHealth.health(owner);

        HomeView home = navigate(HomeView.class);

        assertThat(home.getElement().getTextRecursively()).contains("Oldest waiting mail: " + health.oldestMailWait().toMinutes() + " min");
        assertThat(home.healthPanel.getElement().getTextRecursively())
                .contains("Jobs waiting: " + health.jobs().queued() + ", running: " + health.jobs().running()
                        + ", failed in the last 24 hours: " + health.jobs().failed())
                .contains("Mailboxes failing to sync: " + health.failingMailboxes())
                .contains(health.lastBackup().map(backup -> backup.succeeded() ? "succeeded" : "FAILED").orElse("Last backup: none yet"));
    }

    @Test
    void issue14_7_members_who_do_not_administer_see_no_health() {
        var piero = new StaffMember(StaffId.random(), new PersonName("Piero", "Health"), new EmailAddress("piero." + UUID.randomUUID() + "@studio.it"),
                StaffRole.EMPLOYEE, StaffStatus.ACTIVE);
        staff.add(piero, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("piero passphrase here"));
        signIn(piero.email().value(), "piero passphrase here");

        HomeView home = navigate(HomeView.class);

        assertThat(home.healthPanel).isNull();
        assertThat(home.getElement().getTextRecursively()).doesNotContain("Oldest waiting mail", "Last backup");
    }

    @Test
    void issue12_11_recent_jobs_link_to_their_pages() {
        StaffId owner = new StaffId(signInAsOwner().id());
        Instant now = Instant.now();
        var job = new Job(JobId.random(), JobType.IMPORT, new JobParameters(Map.of(JobParameters.NAME, "home-" + now + ".csv")), JobState.DONE,
                new JobProgress(2, 2), Optional.empty(), Optional.empty(), new JobReport(2, Map.of()), 0, owner, now.plusSeconds(3600),
                Optional.of(now));
        jobs.add(job);

        HomeView home = navigate(HomeView.class);

        var link = find(RouterLink.class, home).all().stream().filter(l -> l.getText().equals("Import: home-" + now + ".csv")).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("clients/jobs/" + job.id().value());
    }
}
