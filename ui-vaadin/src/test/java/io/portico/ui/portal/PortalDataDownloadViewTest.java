package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.account.Account;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.account.AccountView;
import io.portico.ui.job.JobView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 item 3 on the screens: Export data on an account opens its job, whose page offers the ZIP; My profile →
 * Download my data shows the export being prepared, then its download.
 */
class PortalDataDownloadViewTest extends StaffViewTest {

    private static final String PASSWORD = "my portal passphrase";

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    Transactions transactions;
    @Autowired
    RunJobsUseCase worker;

    private Account account;
    private String client;

    @BeforeEach
    void anAccountWithAClient() {
        StaffId owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        String run = UUID.randomUUID().toString().substring(0, 8);
        client = "dora." + run + "@example.com";
        var contact = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Dora", "Dati", client));
        account = AccountFixtures.individual("Dati " + run, Set.of(owner), AccountFixtures.loginFor(contact, client));
        transactions.inTransaction(() -> {
            accounts.add(account, owner, Instant.now());
            users.add(PortalUser.activate(new EmailAddress(client), hasher.hash(PASSWORD), Instant.now()));
        });
    }

    private void runJobs() {
        for (int i = 0; i < 50 && worker.runNext(); i++) {
            // every queued job, the export among them
        }
    }

    private List<String> entries(Anchor link) throws IOException {
        var zip = new ByteArrayOutputStream();
        test(link).download(zip);
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void issue14_3_export_data_on_an_account_opens_its_job_whose_page_offers_the_zip() throws IOException {
        signInAsOwner();
        navigate(AccountView.class, account.id().value().toString());

        test(find(Button.class).withId("export-account").single()).click();

        assertThat(getCurrentView()).isInstanceOf(JobView.class);
        String page = com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath();
        runJobs();
        navigate(page, JobView.class);
        assertThat(entries(find(Anchor.class).withId("export-download").single())).contains("accounts.json", "accounts.csv", "history.json");
    }

    @Test
    void issue14_3_my_profile_download_my_data_shows_it_being_prepared_then_its_download() throws IOException {
        PortalLoginView login = navigate(PortalLoginView.class);
        test(login.email).setValue(client);
        test(login.password).setValue(PASSWORD);
        test(login.submit).click();
        navigate(PortalProfileView.class);
        Button request = find(Button.class).withId("download-my-data").single();

        test(request).click();

        assertThat(request.isEnabled()).as("one export at a time").isFalse();
        assertThat(find(Anchor.class).withId("export-download").all()).isEmpty();
        runJobs();
        navigate(PortalProfileView.class);
        assertThat(entries(find(Anchor.class).withId("export-download").single())).contains("contacts.json", "contacts.csv")
                .doesNotContain("history.json", "notes.json");
        assertThat(find(Button.class).withId("download-my-data").single().isEnabled()).isTrue();
    }
}
