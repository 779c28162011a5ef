package io.portico.application.account.port.in;

/**
 * Issue 14, item 1: an account the firm no longer serves leaves the lists and the portal, with every toggle
 * kept, until it is restored. Allowed to whoever may edit the account (F2); each is in its history.
 */
public interface ArchiveAccountUseCase {

    /**
     * Archives the account; an account already archived stays as it is, since the first time.
     *
     * @throws io.portico.domain.shared.InvalidInputException "account" when the caller may not see it
     * @throws io.portico.domain.shared.NotAllowedException without the right to edit it
     */
    void archive(ArchiveAccountCommand command);

    /** Brings the archived account back as it was; an active account stays as it is. Same checks as {@link #archive}. */
    void restore(ArchiveAccountCommand command);
}
