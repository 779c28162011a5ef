package io.portico.application.document.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/** D3, item 9: one document's file, downloaded from the account's Documents tab. */
public interface DownloadDocumentUseCase {

    /** The file, when the viewer may see the account and the document is one of its own; otherwise nothing. */
    Optional<FileAttachment> download(StaffId viewer, AccountId account, DocumentId document);
}
