package io.portico.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.mail.DevMailboxView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import io.portico.ui.support.WithStaff;
import org.junit.jupiter.api.Test;

class HomeViewTest extends StaffViewTest {

    @Test
    @WithStaff
    void G1_home_shows_the_firm_and_the_signed_in_member() {
        HomeView home = navigate(HomeView.class);
        String text = home.getElement().getTextRecursively();
        assertThat(text).contains(TestFirm.NAME).contains("Anna Bianchi").contains(TestFirm.OWNER_EMAIL).contains("owner");
    }

    @Test
    @WithStaff
    void an_owner_finds_the_dev_mailbox_in_the_sidebar_while_the_embedded_mail_server_runs() {
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
    void G1_without_signing_in_the_home_page_leads_to_login() {
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
