package io.portico.persistence.tag;

import static io.portico.persistence.jooq.Tables.TAG;
import static org.jooq.impl.DSL.lower;

import io.portico.application.tag.port.out.TagPort;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import io.portico.persistence.shared.UniqueViolation;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/**
 * The firm's tags. The unique index on (scope, lower(name)) decides whether a name is taken; each write
 * is a transaction of its own (a savepoint inside the caller's), so a refusal leaves the caller's intact.
 */
@Repository
class JooqTagAdapter implements TagPort {

    /** The unique index on a scope's names (see V4). */
    private static final String NAME_KEY = "tag_name_key";

    private final DSLContext dsl;

    JooqTagAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Tag tag) {
        write(tag, () -> dsl.transaction(tx -> tx.dsl().insertInto(TAG)
                .set(TAG.ID, tag.id().value())
                .set(TAG.SCOPE, tag.scope().name())
                .set(TAG.NAME, tag.name())
                .set(TAG.COLOR, tag.color().value())
                .execute()));
    }

    @Override
    public void update(Tag tag) {
        write(tag, () -> dsl.transaction(tx -> {
            int updated = tx.dsl().update(TAG)
                    .set(TAG.NAME, tag.name())
                    .set(TAG.COLOR, tag.color().value())
                    .where(TAG.ID.eq(tag.id().value()))
                    .execute();
            if (updated == 0) {
                throw new InvalidInputException("tag", "tag.not-found");
            }
        }));
    }

    @Override
    public void delete(TagId id) {
        dsl.deleteFrom(TAG).where(TAG.ID.eq(id.value())).execute(); // and from every account and contact (cascade)
    }

    @Override
    public Optional<Tag> find(TagId id) {
        return dsl.select(TAG.ID, TAG.SCOPE, TAG.NAME, TAG.COLOR).from(TAG).where(TAG.ID.eq(id.value()))
                .fetchOptional(Records.mapping(TagMapper::toTag));
    }

    @Override
    public List<Tag> all(TagScope scope) {
        return dsl.select(TAG.ID, TAG.SCOPE, TAG.NAME, TAG.COLOR).from(TAG).where(TAG.SCOPE.eq(scope.name()))
                .orderBy(lower(TAG.NAME), TAG.ID)
                .fetch(Records.mapping(TagMapper::toTag));
    }

    private static void write(Tag tag, Runnable statement) {
        try {
            statement.run();
        } catch (RuntimeException e) {
            if (UniqueViolation.of(e).filter(NAME_KEY::equals).isPresent()) {
                throw new InvalidInputException("tagName", "tag.name-taken", tag.name());
            }
            throw e;
        }
    }
}
