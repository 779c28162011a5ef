package io.portico.persistence.document;

import static io.portico.persistence.jooq.Tables.DOCUMENT;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;

import io.portico.application.document.port.DocumentRow;
import io.portico.application.document.port.out.AccountDocumentsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * D3: an account's documents, a keyset page at a time along {@code document_account_idx} (account, created_at desc, id);
 * the content is read only for a download.
 */
@Repository
class JooqAccountDocumentsAdapter implements AccountDocumentsPort {

    private final DSLContext dsl;

    JooqAccountDocumentsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DocumentRow> page(AccountId account, Optional<DocumentRow> after, int limit) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.FILE_NAME, DOCUMENT.SIZE, DOCUMENT.CREATED_AT, EMAIL_MESSAGE.SUBJECT)
                .from(DOCUMENT)
                .leftJoin(EMAIL_MESSAGE).on(EMAIL_MESSAGE.ID.eq(DOCUMENT.SOURCE_MESSAGE_ID))
                .where(DOCUMENT.ACCOUNT_ID.eq(account.value()), after.map(JooqAccountDocumentsAdapter::after).orElse(DSL.noCondition()))
                .orderBy(DOCUMENT.CREATED_AT.desc(), DOCUMENT.ID)
                .limit(limit)
                .fetch(row -> new DocumentRow(new DocumentId(row.value1()), row.value2(), row.value3(), row.value4(),
                        Optional.ofNullable(row.value5())));
    }

    /** Older than the cursor, or as old with a greater id: the index's own order. */
    private static Condition after(DocumentRow cursor) {
        return DOCUMENT.CREATED_AT.le(cursor.createdAt())
                .and(DOCUMENT.CREATED_AT.lt(cursor.createdAt()).or(DOCUMENT.ID.gt(cursor.id().value())));
    }

    @Override
    public Optional<FileAttachment> file(AccountId account, DocumentId document) {
        return dsl.select(DOCUMENT.FILE_NAME, DOCUMENT.CONTENT_TYPE, DOCUMENT.CONTENT)
                .from(DOCUMENT)
                .where(DOCUMENT.ID.eq(document.value()), DOCUMENT.ACCOUNT_ID.eq(account.value()))
                .fetchOptional(row -> new FileAttachment(row.value1(), row.value2(), row.value3()));
    }
}
