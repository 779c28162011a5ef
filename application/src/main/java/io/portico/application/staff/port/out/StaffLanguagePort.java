package io.portico.application.staff.port.out;

import io.portico.domain.staff.StaffId;
import java.util.Locale;
import java.util.Optional;

/** The language a staff member reads Portico and its mails in; none until they pick one or sign in. */
public interface StaffLanguagePort {

    Optional<Locale> language(StaffId staff);

    /** Replaces whatever was stored; a member that does not exist is ignored. */
    void remember(StaffId staff, Locale language);
}
