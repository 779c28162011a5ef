package io.portico.ui.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import io.portico.application.account.port.in.AccountProfileQuery;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.account.AccountView;
import io.portico.ui.contact.ContactsView;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ErasureViewsTest extends StaffViewTest {

    @Autowired
    CreateAccountUseCase createAccount;
    @Autowired
    AccountArchivePort archive;
    @Autowired
    AccountProfileQuery profiles;
    @Autowired
    ContactPort contacts;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private AccountId account(StaffId owner, String last) {
        return createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName("Ugo", last + run),
                        new ContactEmails(List.of(new EmailAddress("ugo." + last.toLowerCase() + run + "@example.org"))), "", PostalAddress.NONE, "",
                        List.of()))));
    }

    @Test
    void issue14_item2_an_archived_account_offers_erasing_lists_what_goes_and_is_gone_once_confirmed() {
        StaffId owner = new StaffId(signInAsOwner().id());
        AccountId active = account(owner, "Attivo");
        navigate(AccountView.class, active.value().toString());
        assertThat(find(Button.class).withId("erase").exists()).as("an active account is never erased").isFalse();

        AccountId archived = account(owner, "Archiviato");
        archive.archive(archived, Instant.now());
        navigate(AccountView.class, archived.value().toString());
        test(find(Button.class).id("erase")).click();

        EraseDialog dialog = find(EraseDialog.class).single();
        assertThat(dialog.counts.getElement().getTextRecursively()).contains("Contacts erased: 1", "Contacts linked to other accounts, only unlinked: 0",
                "Synced mails: 0", "History entries kept under a pseudonym:");
        test(dialog.confirm).click();

        assertThat(profiles.profile(owner, archived)).isEmpty();
        assertThat(profiles.profile(owner, active)).isPresent();
    }

    @Test
    void issue14_item2_a_contact_linked_to_no_account_is_erased_from_the_contact_list() {
        StaffId owner = new StaffId(signInAsOwner().id());
        Contact alone = Contact.create(new ContactName("Nadia", "Sola" + run), new ContactEmails(List.of(new EmailAddress("nadia." + run + "@example.org"))),
                "", PostalAddress.NONE);
        contacts.add(alone, owner, Instant.now());
        ContactsView list = navigate(ContactsView.class);
        test(find(com.vaadin.flow.component.textfield.TextField.class, list).single()).setValue("Sola" + run);
        @SuppressWarnings("unchecked")
        GridTester<?, ContactRow> rows = test(find(com.vaadin.flow.component.grid.Grid.class, list).single());
        rows.clickRow(IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).name().equals("Nadia Sola" + run)).findFirst().orElseThrow());

        test(find(Button.class).id("erase")).click();
        EraseDialog dialog = find(EraseDialog.class).single();
        assertThat(dialog.counts.getElement().getTextRecursively()).contains("Contacts erased: 1");
        test(dialog.confirm).click();

        assertThat(contacts.find(alone.id())).isEmpty();
    }
}
