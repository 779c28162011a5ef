package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static io.portico.persistence.jooq.Tables.STAFF;

import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.domain.session.CredentialHolder;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/** The {@code credential_epoch} columns of staff and portal_user (see V22). */
@Repository
class JooqCredentialEpochAdapter implements CredentialEpochPort {

    private final DSLContext dsl;

    JooqCredentialEpochAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long epoch(CredentialHolder holder) {
        Column column = column(holder);
        return dsl.select(column.epoch()).from(column.table()).where(column.id().eq(column.key()))
                .fetchOptional(column.epoch())
                .orElse(0L);
    }

    /** One statement, so concurrent raises each count. */
    @Override
    public long raise(CredentialHolder holder) {
        Column column = column(holder);
        return dsl.update(column.table())
                .set(column.epoch(), column.epoch().plus(1))
                .where(column.id().eq(column.key()))
                .returningResult(column.epoch())
                .fetchOptional(column.epoch())
                .orElse(0L);
    }

    private record Column(Table<?> table, Field<UUID> id, Field<Long> epoch, UUID key) {
    }

    private static Column column(CredentialHolder holder) {
        return switch (holder) {
            case CredentialHolder.Staff staff -> new Column(STAFF, STAFF.ID, STAFF.CREDENTIAL_EPOCH, staff.id().value());
            case CredentialHolder.Portal portal -> new Column(PORTAL_USER, PORTAL_USER.ID, PORTAL_USER.CREDENTIAL_EPOCH, portal.id().value());
        };
    }
}
