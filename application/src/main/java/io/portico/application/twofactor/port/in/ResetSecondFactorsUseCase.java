package io.portico.application.twofactor.port.in;

/** Issue 10 item 6: an owner or admin removes a member's second factors, e.g. after a lost phone. */
public interface ResetSecondFactorsUseCase {

    /**
     * Removes the member's authenticator app, recovery codes and passkeys and ends their sessions.
     *
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an active owner or admin,
     *         and an admin never resets the owner
     * @throws io.portico.domain.shared.InvalidInputException on field "member" for an unknown member
     */
    void reset(ResetSecondFactorsCommand command);
}
