package io.portico.application.portal.port.in;

public interface ResendInvitationsUseCase {

    /**
     * For each target, its own transaction: voids the address's older links and sends a new one. One
     * refusal (LOGIN turned off meanwhile, already active, an account the actor may not edit) does not
     * stop the others; it is reported.
     */
    ResendReport resend(ResendInvitationsCommand command);
}
