package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Locale;

/** Keeps the language a staff member works in, so mails to them are written in it too. */
public interface RememberStaffLanguageUseCase {

    /** The member picked this language in the shell: it replaces any earlier one. */
    void chose(StaffId staff, Locale language);

    /** The member signed in with a browser set to this language: kept only while none is stored. */
    void signedIn(StaffId staff, Locale browserLanguage);
}
