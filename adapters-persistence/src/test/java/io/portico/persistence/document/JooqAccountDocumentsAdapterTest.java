package io.portico.persistence.document;

import static io.portico.persistence.jooq.Tables.DOCUMENT;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.document.AccountDocumentsPortContract;
import io.portico.application.document.port.out.AccountDocumentsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.document.DocumentId;
import io.portico.domain.email.MailMessage;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.email.SyncedRows;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqAccountDocumentsAdapterTest extends AccountDocumentsPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final AccountDocumentsPort documents = new JooqAccountDocumentsAdapter(postgres.dsl());
    private StaffMember anna;
    private int made;

    @Override
    protected AccountDocumentsPort documents() {
        return documents;
    }

    @Override
    protected AccountId account() {
        if (anna == null) {
            anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        }
        made++;
        var contact = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi" + made, "mario" + made + "@rossi.it");
        Account account = AccountFixtures.individual("Rossi " + made, Set.of(anna.id()), AccountFixtures.plain(contact));
        accounts.add(account, anna.id(), NOW);
        return account.id();
    }

    @Override
    protected UUID message(String subject) {
        return SyncedRows.insert(postgres.dsl(), new MailMessage("<" + UUID.randomUUID() + "@rossi.it>", Optional.empty(), List.of(), subject,
                new EmailAddress("mario@rossi.it"), Optional.empty(), List.of(new EmailAddress("office@studio.it")), List.of(), NOW,
                Optional.of("text"), Optional.empty(), List.of()));
    }

    @Override
    protected void add(AccountId account, DocumentId id, FileAttachment file, Instant createdAt, Optional<UUID> source) {
        postgres.dsl().insertInto(DOCUMENT).set(DOCUMENT.ID, id.value()).set(DOCUMENT.ACCOUNT_ID, account.value())
                .set(DOCUMENT.FILE_NAME, file.fileName()).set(DOCUMENT.CONTENT_TYPE, file.contentType())
                .set(DOCUMENT.SIZE, (long) file.size()).set(DOCUMENT.CONTENT, file.content()).set(DOCUMENT.CREATED_AT, createdAt)
                .set(DOCUMENT.SOURCE_MESSAGE_ID, source.orElse(null)).execute();
    }
}
