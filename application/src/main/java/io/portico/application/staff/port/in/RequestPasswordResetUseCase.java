package io.portico.application.staff.port.in;

/** Sends a reset link to a known, active staff address; does the same visible nothing for any other. */
public interface RequestPasswordResetUseCase {

    void requestReset(RequestPasswordResetCommand command);
}
