package io.portico.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.IFrame;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.staff.port.in.RequestPasswordResetCommand;
import io.portico.application.staff.port.in.RequestPasswordResetUseCase;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DevMailboxViewTest extends StaffViewTest {

    @Autowired
    RequestPasswordResetUseCase requestReset;
    @Autowired
    DispatchMailUseCase dispatcher;

    @Test
    void the_dev_mailbox_shows_the_newest_mail_first_with_its_links_working() {
        signInAsOwner(); // a real owner: the use case checks the role against the firm's staff on every read
        requestReset.requestReset(RequestPasswordResetCommand.of(TestFirm.OWNER_EMAIL, Locale.ENGLISH));
        dispatcher.dispatchDue();

        navigate(DevMailboxView.class);

        var entries = find(Details.class).all();
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).getSummaryText()).contains(TestFirm.OWNER_EMAIL).contains("Reset your Portico password");
        IFrame body = find(IFrame.class, entries.get(0)).single();
        assertThat(body.getSrcdoc().orElseThrow()).startsWith("<base target=\"_top\">").contains("/reset-password?token=");
        assertThat(body.getSandbox()).isPresent();
    }
}
