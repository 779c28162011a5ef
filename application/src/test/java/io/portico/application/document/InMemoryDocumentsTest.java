package io.portico.application.document;

import io.portico.application.document.port.out.AccountDocumentsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

class InMemoryDocumentsTest extends AccountDocumentsPortContract {

    private final InMemoryDocuments documents = new InMemoryDocuments();

    @Override
    protected AccountDocumentsPort documents() {
        return documents;
    }

    @Override
    protected AccountId account() {
        return AccountId.random();
    }

    @Override
    protected UUID message(String subject) {
        return documents.message(subject);
    }

    @Override
    protected void add(AccountId account, DocumentId id, FileAttachment file, Instant createdAt, Optional<UUID> source) {
        documents.add(account, id, file, createdAt, source);
    }
}
