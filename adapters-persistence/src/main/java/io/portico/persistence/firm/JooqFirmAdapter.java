package io.portico.persistence.firm;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.persistence.jooq.tables.records.FirmRecord;
import io.portico.persistence.shared.UniqueViolation;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqFirmAdapter implements FirmPort {

    private final DSLContext dsl;

    JooqFirmAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Firm> load() {
        return dsl.selectFrom(FIRM).fetchOptional().map(JooqFirmAdapter::toFirm);
    }

    /** The table holds at most one row (see V1): a concurrent setup fails here, in the database. */
    @Override
    public void create(Firm firm) {
        try {
            dsl.insertInto(FIRM)
                    .set(FIRM.ID, firm.id().value())
                    .set(FIRM.NAME, firm.name().value())
                    .set(FIRM.CREATED_AT, firm.createdAt())
                    .execute();
        } catch (RuntimeException e) {
            if (UniqueViolation.of(e).isPresent()) {
                throw new FirmAlreadySetUpException();
            }
            throw e;
        }
    }

    private static Firm toFirm(FirmRecord row) {
        return new Firm(new FirmId(row.getId()), new FirmName(row.getName()), row.getCreatedAt());
    }
}
