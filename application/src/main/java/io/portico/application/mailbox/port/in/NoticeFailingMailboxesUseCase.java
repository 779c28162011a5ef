package io.portico.application.mailbox.port.in;

/** Item 2: tells owners and admins, in Inbox+, of each mailbox failing for more than 15 minutes, once per failing spell. */
public interface NoticeFailingMailboxesUseCase {

    /** @return how many mailboxes were noticed now */
    int noticeFailing();
}
