package io.portico.application.document;

import io.portico.application.document.port.DocumentRow;
import io.portico.application.document.port.out.AccountDocumentsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Documents in memory, in the order and with the lookups of the database. */
public final class InMemoryDocuments implements AccountDocumentsPort {

    private record Stored(AccountId account, DocumentId id, FileAttachment file, Instant createdAt, Optional<UUID> source) {
    }

    private static final Comparator<DocumentRow> NEWEST_FIRST =
            Comparator.comparing(DocumentRow::createdAt).reversed().thenComparing(row -> row.id().value());

    private final List<Stored> documents = new ArrayList<>();
    private final Map<UUID, String> subjects = new ConcurrentHashMap<>();

    /** A synced message documents may come from. @return its id */
    public UUID message(String subject) {
        var id = UUID.randomUUID();
        subjects.put(id, subject);
        return id;
    }

    public synchronized void add(AccountId account, DocumentId id, FileAttachment file, Instant createdAt, Optional<UUID> source) {
        documents.add(new Stored(account, id, file, createdAt, source));
    }

    @Override
    public synchronized List<DocumentRow> page(AccountId account, Optional<DocumentRow> after, int limit) {
        return documents.stream().filter(document -> document.account().equals(account)).map(this::row)
                .filter(row -> after.isEmpty() || NEWEST_FIRST.compare(row, after.get()) > 0)
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private DocumentRow row(Stored document) {
        return new DocumentRow(document.id(), document.file().fileName(), document.file().size(), document.createdAt(),
                document.source().map(subjects::get));
    }

    @Override
    public synchronized Optional<FileAttachment> file(AccountId account, DocumentId document) {
        return documents.stream().filter(stored -> stored.account().equals(account) && stored.id().equals(document))
                .map(Stored::file).findFirst();
    }
}
