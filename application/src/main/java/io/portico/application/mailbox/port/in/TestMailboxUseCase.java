package io.portico.application.mailbox.port.in;

public interface TestMailboxUseCase {

    /**
     * Signs in to the IMAP server (opening the inbox) and to the SMTP server; changes nothing.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "mailbox" when the mailbox whose passwords are kept
     *         no longer exists
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    MailboxTestResult test(TestMailboxCommand command);
}
