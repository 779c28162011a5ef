package io.portico.application.staff.port.in;

import java.util.Optional;

public interface AuthenticateStaffUseCase {

    /** The active staff member with this email and password; empty for anything else, alike. */
    Optional<StaffSignIn> authenticate(String email, String password);
}
