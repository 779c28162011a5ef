package io.portico.application.portal.port.in;

/** B9: a client signs up on the portal's sign-up page, while the firm keeps it open. */
public interface SignUpUseCase {

    /** Whether the firm lets clients sign up (G3); the page says sign-up is closed otherwise. */
    boolean open();

    /**
     * Mails the address a verification link; an address the firm already knows gets a mail saying so
     * instead. Either way the caller learns nothing about the address (B11).
     *
     * @throws io.portico.domain.shared.NotAllowedException when sign-up is closed
     */
    void signUp(SignUpCommand command);
}
