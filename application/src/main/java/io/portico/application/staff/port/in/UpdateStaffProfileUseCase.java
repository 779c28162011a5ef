package io.portico.application.staff.port.in;

/** G2: a member changes their own name and language. */
public interface UpdateStaffProfileUseCase {

    void update(UpdateStaffProfileCommand command);
}
