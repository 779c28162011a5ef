package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.domain.staff.StaffId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps languages only for members of the given staff, as the database's foreign key does. */
public final class InMemoryStaffLanguages implements StaffLanguagePort {

    private final InMemoryStaff staff;
    private final Map<StaffId, Locale> languages = new ConcurrentHashMap<>();

    public InMemoryStaffLanguages(InMemoryStaff staff) {
        this.staff = staff;
    }

    @Override
    public Optional<Locale> language(StaffId member) {
        return Optional.ofNullable(languages.get(member));
    }

    @Override
    public void remember(StaffId member, Locale language) {
        if (staff.findById(member).isPresent()) {
            languages.put(member, language);
        }
    }
}
