package io.portico.application.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.email.port.in.SendEmailCommand;
import io.portico.domain.account.AccountId;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13, item 7: what the writing dialog may send; each refusal names its field. */
class SendEmailCommandTest {

    private static SendEmailCommand command(MailboxId mailbox, String subject, String text, String to, String cc) {
        return SendEmailCommand.of(StaffId.random(), AccountId.random(), mailbox, subject, text, to, cc, Optional.empty());
    }

    private static void refused(Runnable making, String field, String key) {
        assertThatThrownBy(making::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void issue13_item7_addresses_are_split_on_commas_semicolons_and_blanks_each_kept_once() {
        var command = command(MailboxId.random(), " Hello ", " Text ", " a@x.it,b@X.IT; \n a@x.it  c@x.it,", null);
        assertThat(command.to()).containsExactly(new EmailAddress("a@x.it"), new EmailAddress("b@x.it"), new EmailAddress("c@x.it"));
        assertThat(command.cc()).isEmpty();
        assertThat(command.subject()).isEqualTo("Hello");
        assertThat(command.text()).isEqualTo("Text");
    }

    @Test
    void issue13_item7_a_bad_address_is_refused_at_its_field() {
        refused(() -> command(MailboxId.random(), "Hello", "Text", "a@x.it, not-an-address", ""), "emailTo", "email.invalid");
        refused(() -> command(MailboxId.random(), "Hello", "Text", "a@x.it", "b@x.it; oops@"), "emailCc", "email.invalid");
    }

    @Test
    void issue13_item7_a_mail_needs_a_mailbox_a_recipient_a_subject_and_a_text() {
        refused(() -> command(null, "Hello", "Text", "a@x.it", ""), "emailFrom", "input.required");
        refused(() -> command(MailboxId.random(), "Hello", "Text", " , ", ""), "emailTo", "input.required");
        refused(() -> command(MailboxId.random(), " ", "Text", "a@x.it", ""), "subject", "input.required");
        refused(() -> command(MailboxId.random(), "Hello", "", "a@x.it", ""), "text", "input.required");
    }

    @Test
    void issue13_item7_subject_and_text_have_limits() {
        command(MailboxId.random(), "s".repeat(SendEmailCommand.SUBJECT_MAX_LENGTH), "t".repeat(SendEmailCommand.TEXT_MAX_LENGTH), "a@x.it", "");
        refused(() -> command(MailboxId.random(), "s".repeat(SendEmailCommand.SUBJECT_MAX_LENGTH + 1), "Text", "a@x.it", ""),
                "subject", "input.too-long");
        refused(() -> command(MailboxId.random(), "Hello", "t".repeat(SendEmailCommand.TEXT_MAX_LENGTH + 1), "a@x.it", ""),
                "text", "input.too-long");
    }
}
