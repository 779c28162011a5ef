package io.portico.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.document.port.DocumentRow;
import io.portico.application.document.port.out.AccountDocumentsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AccountDocumentsPort} does (D3, issue 13, item 9); each test starts with no documents. */
public abstract class AccountDocumentsPortContract {

    protected static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    protected abstract AccountDocumentsPort documents();

    /** A new account documents may belong to. */
    protected abstract AccountId account();

    /** A synced message with this subject. @return its id in the store */
    protected abstract UUID message(String subject);

    /** Keeps a document as the sync would. */
    protected abstract void add(AccountId account, DocumentId id, FileAttachment file, Instant createdAt, Optional<UUID> source);

    private static FileAttachment file(String name, String content) {
        return new FileAttachment(name, "application/pdf", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void issue13_item9_documents_are_listed_newest_first_with_size_date_and_source_subject() {
        AccountId rossi = account();
        UUID mail = message("Tax return 2025");
        var older = DocumentId.random();
        var newer = DocumentId.random();
        add(rossi, older, file("return.pdf", "12345"), NOW, Optional.of(mail));
        add(rossi, newer, file("notes.txt", "abc"), NOW.plusSeconds(60), Optional.empty());
        add(account(), DocumentId.random(), file("other.pdf", "x"), NOW.plusSeconds(120), Optional.empty());

        assertThat(documents().page(rossi, Optional.empty(), 10)).containsExactly(
                new DocumentRow(newer, "notes.txt", 3, NOW.plusSeconds(60), Optional.empty()),
                new DocumentRow(older, "return.pdf", 5, NOW, Optional.of("Tax return 2025")));
    }

    @Test
    void issue13_item9_pages_follow_each_other_without_gaps_or_repeats_also_within_one_instant() {
        AccountId rossi = account();
        for (int i = 0; i < 7; i++) {
            add(rossi, DocumentId.random(), file("f" + i + ".pdf", "x"), NOW.plusSeconds(i / 2), Optional.empty());
        }
        List<DocumentRow> all = documents().page(rossi, Optional.empty(), 100);
        List<DocumentRow> first = documents().page(rossi, Optional.empty(), 3);
        List<DocumentRow> second = documents().page(rossi, Optional.of(first.getLast()), 3);
        List<DocumentRow> third = documents().page(rossi, Optional.of(second.getLast()), 3);

        assertThat(all).hasSize(7);
        assertThat(first).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(third).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(all).extracting(DocumentRow::createdAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void issue13_item9_a_document_is_downloaded_only_through_its_own_account() {
        AccountId rossi = account();
        AccountId verdi = account();
        var id = DocumentId.random();
        add(rossi, id, file("return.pdf", "PDF"), NOW, Optional.empty());

        FileAttachment downloaded = documents().file(rossi, id).orElseThrow();
        assertThat(downloaded.fileName()).isEqualTo("return.pdf");
        assertThat(downloaded.contentType()).isEqualTo("application/pdf");
        assertThat(downloaded.content()).isEqualTo("PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(documents().file(verdi, id)).isEmpty();
        assertThat(documents().file(rossi, DocumentId.random())).isEmpty();
    }
}
