package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.firm.port.in.AttachmentSavingQuery;
import io.portico.application.firm.port.in.ChangeAttachmentSavingCommand;
import io.portico.application.firm.port.in.ChangeAttachmentSavingUseCase;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** D3, issue 13, item 9: Settings → Firm, <i>Save attachments automatically</i>, for mail from now on. */
class FirmAttachmentSavingViewTest extends StaffViewTest {

    @Autowired
    AttachmentSavingQuery saving;
    @Autowired
    ChangeAttachmentSavingUseCase change;

    /** The other view tests share the firm: saving is off again. */
    @AfterEach
    void off() {
        change.change(new ChangeAttachmentSavingCommand(new StaffId(signInAsOwner().id()), false));
    }

    @Test
    void D3_ticking_the_box_saves_attachments_of_mail_from_now_on_and_unticking_stops_it() {
        signInAsOwner();
        FirmSettingsView view = navigate(FirmSettingsView.class);
        assertThat(view.saveAttachments.getValue()).isFalse();
        assertThat(view.saveAttachmentsNote.getText()).startsWith("Only mail arriving from the moment you turn this on");

        test(view.saveAttachments).click();

        assertThat(saving.savingSince()).isPresent();
        assertThat(view.saveAttachmentsNote.getText()).startsWith("Saving attachments of mail arriving since ");
        FirmSettingsView again = navigate(FirmSettingsView.class);
        assertThat(again.saveAttachments.getValue()).isTrue();

        test(again.saveAttachments).click();

        assertThat(saving.savingSince()).isEmpty();
        assertThat(again.saveAttachments.getValue()).isFalse();
    }
}
