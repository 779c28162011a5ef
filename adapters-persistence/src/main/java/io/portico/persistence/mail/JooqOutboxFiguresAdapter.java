package io.portico.persistence.mail;

import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * Item 11: two counts in one statement, each over its own partial index of V1 (mail_outbox_due_idx for
 * PENDING, mail_outbox_dead_idx for DEAD): the sent mails, nearly all rows, are never read. The oldest waiting mail
 * is the first entry of V58's mail_outbox_pending_queued_idx.
 */
@Repository
class JooqOutboxFiguresAdapter implements OutboxFiguresPort {

    private final DSLContext dsl;

    JooqOutboxFiguresAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public MailHealth figures() {
        Field<Integer> queued = field(selectCount().from(MAIL_OUTBOX).where(MAIL_OUTBOX.STATUS.eq(inline(MailStatus.PENDING.name()))));
        Field<Integer> failed = field(selectCount().from(MAIL_OUTBOX).where(MAIL_OUTBOX.STATUS.eq(inline(MailStatus.DEAD.name()))));
        Field<Instant> oldest = field(select(min(MAIL_OUTBOX.QUEUED_AT)).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(inline(MailStatus.PENDING.name()))));
        var row = dsl.select(queued, failed, oldest).fetchSingle();
        return new MailHealth(row.value1(), row.value2(), Optional.ofNullable(row.value3()));
    }
}
