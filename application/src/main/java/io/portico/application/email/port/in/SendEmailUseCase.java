package io.portico.application.email.port.in;

/** Item 7: a reply, a reply to all or a new email from an account's Email tab, through a firm mailbox. */
public interface SendEmailUseCase {

    /** @return the Message-ID the mail leaves with; it shows in the account's thread at once */
    String send(SendEmailCommand command);
}
