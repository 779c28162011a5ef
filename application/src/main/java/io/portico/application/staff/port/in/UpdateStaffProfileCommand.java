package io.portico.application.staff.port.in;

import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import java.util.Locale;
import java.util.Objects;

public record UpdateStaffProfileCommand(StaffId me, PersonName name, Locale language) {

    public UpdateStaffProfileCommand {
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(name, "name");
        // only the language is kept, as the UI and the mail templates go by language
        language = Locale.forLanguageTag(Objects.requireNonNull(language, "language").getLanguage());
    }

    public static UpdateStaffProfileCommand of(StaffId me, String firstName, String lastName, Locale language) {
        return new UpdateStaffProfileCommand(me, new PersonName(firstName, lastName), language);
    }
}
