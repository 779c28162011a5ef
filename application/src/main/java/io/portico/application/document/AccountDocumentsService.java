package io.portico.application.document;

import io.portico.application.account.Viewers;
import io.portico.application.document.port.in.AccountDocumentsQuery;
import io.portico.application.document.port.DocumentRow;
import io.portico.application.document.port.in.DownloadDocumentUseCase;
import io.portico.application.document.port.out.AccountDocumentsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** D3, item 9: the Documents tab and its downloads, for staff who may see the account now (F2); any other id reads as none. */
public final class AccountDocumentsService implements AccountDocumentsQuery, DownloadDocumentUseCase {

    private final AccountDocumentsPort documents;
    private final Viewers viewers;

    public AccountDocumentsService(AccountDocumentsPort documents, Viewers viewers) {
        this.documents = documents;
        this.viewers = viewers;
    }

    @Override
    public List<DocumentRow> documents(StaffId viewer, AccountId account, Optional<DocumentRow> after, int limit) {
        if (viewers.visible(viewer, account).isEmpty()) {
            return List.of();
        }
        return documents.page(account, after, limit);
    }

    @Override
    public Optional<FileAttachment> download(StaffId viewer, AccountId account, DocumentId document) {
        if (viewers.visible(viewer, account).isEmpty()) {
            return Optional.empty();
        }
        return documents.file(account, document);
    }
}
