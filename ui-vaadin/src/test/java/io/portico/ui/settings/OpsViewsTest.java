package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.backup.port.BackupFile;
import io.portico.application.retention.port.in.RetentionQuery;
import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.domain.retention.Retention;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14, items 4 and 5: Settings → Retention and Settings → Backups. */
class OpsViewsTest extends StaffViewTest {

    @Autowired
    RetentionQuery retention;
    @Autowired
    RetentionSettingsPort store;

    /** The other view tests share the firm: they get the defaults back. */
    @AfterEach
    void defaults() {
        store.store(Retention.defaults(30));
    }

    @Test
    void issue14_item4_an_owner_sees_the_defaults_and_shortens_sent_mail_and_job_reports() {
        signInAsOwner();
        RetentionView view = navigate(RetentionView.class);
        assertThat(view.history.getValue()).isEqualTo(3650);
        assertThat(view.sentMail.getValue()).isEqualTo(30);
        assertThat(view.loginActivity.getValue()).isEqualTo(365);
        assertThat(view.jobReports.getValue()).isEqualTo(90);

        test(view.sentMail).setValue(7);
        test(view.jobReports).setValue(14);
        test(view.save).click();

        assertThat(view.saved.isVisible()).isTrue();
        assertThat(retention.retention()).isEqualTo(new Retention(3650, 7, 365, 14));
        assertThat(navigate(RetentionView.class).sentMail.getValue()).isEqualTo(7);
    }

    @Test
    void issue14_item4_history_shorter_than_a_year_is_named_on_its_field_and_nothing_changes() {
        signInAsOwner();
        RetentionView view = navigate(RetentionView.class);
        view.history.setValue(100);
        test(view.save).click();

        assertThat(view.history.isInvalid()).isTrue();
        assertThat(view.history.getErrorMessage()).isEqualTo("History kept for (days): use a number from 365 to 36,500");
        assertThat(view.saved.isVisible()).isFalse();
        assertThat(retention.retention()).isEqualTo(Retention.defaults(30));
    }

    @Test
    void issue14_item5_the_owner_backs_up_now_and_sees_the_backup_listed() {
        signInAsOwner();
        BackupsView view = navigate(BackupsView.class);

        test(view.backUpNow).click();

        assertThat(view.outcome.getText()).startsWith("Backup portico-").endsWith(".backup written.");
        BackupFile listed = test(view.grid).getRow(0);
        assertThat(listed.sizeBytes()).isPositive();
    }

    @Test
    void issue14_items4_5_the_owner_finds_retention_and_backups_in_the_sidebar() {
        signInAsOwner();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Retention", "Backups");
    }
}
