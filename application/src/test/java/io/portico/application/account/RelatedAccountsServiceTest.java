package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.RelatedAccount;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** F4: Related accounts on the profile, as far as the viewer may see them (F2). */
class RelatedAccountsServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final RelatedAccountsService related = new RelatedAccountsService(new InMemoryRelatedAccounts(accounts), new Viewers(staff, accounts, accounts.archive()));

    private StaffMember anna;
    private StaffMember marco;
    private StaffMember paola;
    private Account mario;
    private Account rossiSrl;
    private Account bianchiSnc;

    @BeforeEach
    void accountsShareMario() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        Contact marioRossi = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        mario = AccountFixtures.individual("Mario Rossi", Set.of(marco.id()), AccountFixtures.plain(marioRossi));
        rossiSrl = AccountFixtures.company("Rossi Srl", Set.of(marco.id()), AccountFixtures.plain(marioRossi));
        bianchiSnc = AccountFixtures.company("Bianchi Snc", Set.of(anna.id()), AccountFixtures.plain(marioRossi));
        for (Account account : new Account[] {mario, rossiSrl, bianchiSnc}) {
            accounts.add(account, anna.id(), NOW);
        }
    }

    @Test
    void F4_related_accounts_are_those_sharing_a_contact_by_name() {
        assertThat(related.related(anna.id(), mario.id())).extracting(RelatedAccount::name).containsExactly("Bianchi Snc", "Rossi Srl");
    }

    @Test
    void F2_an_employee_sees_only_the_related_accounts_they_may_see() {
        assertThat(related.related(marco.id(), mario.id())).extracting(RelatedAccount::name).containsExactly("Rossi Srl");
        staff.grantRights(marco.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        assertThat(related.related(marco.id(), mario.id())).extracting(RelatedAccount::name).containsExactly("Bianchi Snc", "Rossi Srl");
    }

    @Test
    void F2_an_account_the_viewer_may_not_see_has_no_related_accounts_to_show() {
        assertThat(related.related(paola.id(), mario.id())).isEmpty();
    }
}
