package io.portico.application.staff;

import io.portico.application.staff.port.in.RememberStaffLanguageUseCase;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.domain.staff.StaffId;
import java.util.Locale;

/**
 * Remembers each staff member's language, which mails to them are written in (English while none is
 * known). Only the language is kept, no country, as the UI and the mail templates go by language.
 */
public final class StaffLanguages implements RememberStaffLanguageUseCase {

    private final StaffLanguagePort languages;

    public StaffLanguages(StaffLanguagePort languages) {
        this.languages = languages;
    }

    @Override
    public void chose(StaffId staff, Locale language) {
        languages.remember(staff, Locale.forLanguageTag(language.getLanguage()));
    }

    @Override
    public void signedIn(StaffId staff, Locale browserLanguage) {
        // A language picked earlier is a deliberate choice; the browser's is only a first guess.
        if (languages.language(staff).isEmpty()) {
            chose(staff, browserLanguage);
        }
    }
}
