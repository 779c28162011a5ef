package io.portico.ui.email;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.UUID;

/** Item 7: the buttons that write mail from an account's Email tab, through a firm mailbox. */
@org.springframework.stereotype.Component
public class EmailComposer {

    /** <i>New email</i> to the account's EMAIL SYNC addresses; {@code sent} runs once the mail is queued. */
    public Component newEmailButton(AccountId account, StaffId viewer, Runnable sent) {
        return new Span();
    }

    /** <i>Reply</i> and <i>Reply all</i> to one synced message (its id in the store). */
    public Component replyButtons(AccountId account, StaffId viewer, UUID message, Runnable sent) {
        return new Span();
    }
}
