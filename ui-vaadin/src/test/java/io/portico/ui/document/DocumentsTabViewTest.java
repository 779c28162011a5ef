package io.portico.ui.document;

import static io.portico.persistence.jooq.Tables.DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.document.port.DocumentRow;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.document.DocumentId;
import io.portico.domain.staff.StaffId;
import io.portico.ui.email.SyncedMail;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** D3, issue 13, item 9: an account's Documents tab — newest first, sizes, the source mail, downloads. */
class DocumentsTabViewTest extends StaffViewTest {

    @Autowired
    DocumentsTabs documents;
    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private StaffId owner;

    @BeforeEach
    void signedIn() {
        owner = new StaffId(signInAsOwner().id());
        navigate(HomeView.class);
    }

    private Account account(String name) {
        var contact = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", name, name.toLowerCase() + "." + run + "@example.com"));
        var account = AccountFixtures.individual(name + " " + run, Set.of(owner), AccountFixtures.plain(contact));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
        return account;
    }

    private DocumentId document(Account account, String name, byte[] content, Instant at, UUID source) {
        var id = DocumentId.random();
        dsl.insertInto(DOCUMENT).set(DOCUMENT.ID, id.value()).set(DOCUMENT.ACCOUNT_ID, account.id().value()).set(DOCUMENT.FILE_NAME, name)
                .set(DOCUMENT.CONTENT_TYPE, "application/pdf").set(DOCUMENT.SIZE, (long) content.length).set(DOCUMENT.CONTENT, content)
                .set(DOCUMENT.CREATED_AT, at).set(DOCUMENT.SOURCE_MESSAGE_ID, source).execute();
        return id;
    }

    @SuppressWarnings("unchecked")
    private Grid<DocumentRow> shownGrid(Account account) {
        UI.getCurrent().add(documents.tab(account.id(), owner));
        return find(Grid.class).single();
    }

    @Test
    void issue13_item9_documents_are_listed_newest_first_with_size_date_source_and_download() {
        Account rossi = account("Rossi");
        UUID mail = SyncedMail.insert(dsl, "<d-" + run + "@example.com>", "Receipts " + run, "rossi." + run + "@example.com", List.of("office@studio.it"));
        Instant at = Instant.parse("2026-04-01T09:00:00Z");
        document(rossi, "old.pdf", new byte[1536], at, mail);
        document(rossi, "new.pdf", "PDF".getBytes(StandardCharsets.UTF_8), at.plusSeconds(60), null);

        Grid<DocumentRow> grid = shownGrid(rossi);

        assertThat(test(grid).size()).isEqualTo(2);
        Anchor newest = (Anchor) test(grid).getCellComponent(0, 0);
        assertThat(newest.getText()).isEqualTo("new.pdf");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("3 B");
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("1.5 KB");
        Anchor source = (Anchor) test(grid).getCellComponent(1, 3);
        assertThat(source.getText()).isEqualTo("Receipts " + run);
        assertThat(source.getHref()).isEqualTo("account/" + rossi.id().value() + "?tab=email");
        var downloaded = new ByteArrayOutputStream();
        test(newest).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo("PDF");
    }

    @Test
    void issue13_item9_another_accounts_document_id_downloads_nothing() {
        Account rossi = account("Rossi");
        Account verdi = account("Verdi");
        DocumentId theirs = document(verdi, "theirs.pdf", "SECRET".getBytes(StandardCharsets.UTF_8), Instant.now(), null);
        UI.getCurrent().add(documents.tab(rossi.id(), owner));

        Anchor forged = documents.download(rossi.id(), owner, new DocumentRow(theirs, "theirs.pdf", 6, Instant.now(), Optional.empty()));
        UI.getCurrent().add(forged);
        var downloaded = new ByteArrayOutputStream();
        try {
            test(forged).download(downloaded);
        } catch (RuntimeException refused) {
            // a 404 response: nothing is written either way
        }
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).doesNotContain("SECRET");
    }

    @Test
    void issue13_item9_an_account_without_documents_says_so_with_the_size_cap() {
        UI.getCurrent().add(documents.tab(account("Empty").id(), owner));

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).anySatisfy(text -> assertThat(text)
                .isEqualTo("No documents yet. With Save attachments automatically on (Settings → Firm), attachments of synced mail are saved here, each up to 20 MB."));
        assertThat(find(Grid.class).all()).isEmpty();
    }
}
