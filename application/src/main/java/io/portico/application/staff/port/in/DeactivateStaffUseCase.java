package io.portico.application.staff.port.in;

/**
 * G2: a member leaves: their sessions end at once, they can no longer sign in, they stay in every
 * history, and the accounts they alone looked after go to another active member in the same step.
 */
public interface DeactivateStaffUseCase {

    void deactivate(DeactivateStaffCommand command);
}
