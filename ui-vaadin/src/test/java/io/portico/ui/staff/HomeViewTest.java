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

class HomeViewTest extends StaffViewTest {

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
}
