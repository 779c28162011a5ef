package io.portico.application.twofactor.port.in;

/** Issue 10 item 7: owners and admins choose whom the firm requires to use a second factor. */
public interface ChangeSignInSecurityUseCase {

    /** @throws io.portico.domain.shared.NotAllowedException unless the actor is an active owner or admin */
    void change(ChangeSignInSecurityCommand command);
}
