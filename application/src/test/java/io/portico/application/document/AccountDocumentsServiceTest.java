package io.portico.application.document;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.document.port.DocumentRow;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.document.DocumentId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D3, issue 13, item 9: the Documents tab and its downloads check the account's visibility and the document's account. */
class AccountDocumentsServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final AccountDocumentsService service = new AccountDocumentsService(documents, new Viewers(staff, accounts, accounts.archive()));

    private StaffMember anna;
    private StaffMember paola;
    private Account rossi;
    private Account verdi;
    private final DocumentId rossiFile = DocumentId.random();
    private final DocumentId verdiFile = DocumentId.random();

    @BeforeEach
    void accountsWithDocuments() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        var mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id(), paola.id()), AccountFixtures.plain(mario));
        verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts.add(rossi, anna.id(), NOW);
        accounts.add(verdi, anna.id(), NOW);
        documents.add(rossi.id(), rossiFile, new FileAttachment("return.pdf", "application/pdf", new byte[] {1, 2}), NOW, Optional.empty());
        documents.add(verdi.id(), verdiFile, new FileAttachment("invoice.pdf", "application/pdf", new byte[] {3}), NOW, Optional.empty());
    }

    @Test
    void issue13_item9_staff_who_see_the_account_list_and_download_its_documents() {
        assertThat(service.documents(paola.id(), rossi.id(), Optional.empty(), 10)).extracting(DocumentRow::id).containsExactly(rossiFile);
        assertThat(service.download(paola.id(), rossi.id(), rossiFile)).hasValueSatisfying(file -> assertThat(file.content()).containsExactly(1, 2));
    }

    @Test
    void issue13_item9_an_account_the_viewer_may_not_see_shows_no_documents_and_downloads_nothing() {
        assertThat(service.documents(paola.id(), verdi.id(), Optional.empty(), 10)).isEmpty();
        assertThat(service.download(paola.id(), verdi.id(), verdiFile)).isEmpty();
    }

    @Test
    void issue13_item9_another_accounts_document_id_downloads_nothing() {
        assertThat(service.download(paola.id(), rossi.id(), verdiFile)).isEmpty();
        assertThat(service.download(anna.id(), rossi.id(), verdiFile)).isEmpty();
    }

    @Test
    void issue13_item9_someone_not_on_the_staff_is_not_allowed() {
        assertThatThrownBy(() -> service.documents(StaffId.random(), rossi.id(), Optional.empty(), 10)).isInstanceOf(NotAllowedException.class);
    }
}
