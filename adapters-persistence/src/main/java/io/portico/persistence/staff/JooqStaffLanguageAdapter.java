package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.STAFF;

import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.domain.staff.StaffId;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The {@code staff.language} column (see V15); only the language code is stored. */
@Repository
class JooqStaffLanguageAdapter implements StaffLanguagePort {

    private final DSLContext dsl;

    JooqStaffLanguageAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Locale> language(StaffId staff) {
        return dsl.select(STAFF.LANGUAGE).from(STAFF)
                .where(STAFF.ID.eq(staff.value()))
                .fetchOptional(STAFF.LANGUAGE)
                .map(Locale::forLanguageTag);
    }

    @Override
    public void remember(StaffId staff, Locale language) {
        dsl.update(STAFF)
                .set(STAFF.LANGUAGE, language.getLanguage())
                .where(STAFF.ID.eq(staff.value()))
                .execute();
    }
}
