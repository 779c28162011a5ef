package io.portico.persistence.firm;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.firm.port.out.AttachmentSavingPort;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** D3: the firm row's {@code save_attachments_since} (V48). */
@Repository
class JooqAttachmentSavingAdapter implements AttachmentSavingPort {

    private final DSLContext dsl;

    JooqAttachmentSavingAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> savingSince() {
        return dsl.select(FIRM.SAVE_ATTACHMENTS_SINCE).from(FIRM).fetchOptional(FIRM.SAVE_ATTACHMENTS_SINCE);
    }

    @Override
    public void saveSince(Optional<Instant> since) {
        dsl.update(FIRM).set(FIRM.SAVE_ATTACHMENTS_SINCE, since.orElse(null)).execute();
    }
}
