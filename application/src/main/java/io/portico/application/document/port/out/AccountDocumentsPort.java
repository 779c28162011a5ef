package io.portico.application.document.port.out;

import io.portico.application.document.port.DocumentRow;
import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Optional;

/** D3: reads an account's documents (the sync writes them); an id is looked up only within the account named. */
public interface AccountDocumentsPort {

    /** Newest first (then by id), the ones after {@code after}, at most {@code limit}, with the subject of the mail each came with. */
    List<DocumentRow> page(AccountId account, Optional<DocumentRow> after, int limit);

    /** The document's file if it belongs to {@code account}. */
    Optional<FileAttachment> file(AccountId account, DocumentId document);
}
