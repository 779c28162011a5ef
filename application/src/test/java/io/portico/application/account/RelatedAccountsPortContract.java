package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.RelatedAccount;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.RelatedAccountsPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RelatedAccountsPort} does; each test starts with nothing stored. */
public abstract class RelatedAccountsPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract RelatedAccountsPort related();

    private StaffMember anna;
    private StaffMember marco;
    private Account mario;
    private Account rossiSrl;
    private Account bianchiSnc;
    private Account verdi;

    @BeforeEach
    void accountsShareContacts() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        Contact marioRossi = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Contact lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Rossi", "lucia@rossi.it");
        Contact gino = AccountFixtures.contact(contacts(), anna.id(), "Gino", "Verdi", "gino@verdi.it");
        mario = AccountFixtures.individual("Mario Rossi", Set.of(anna.id()), AccountFixtures.plain(marioRossi));
        rossiSrl = AccountFixtures.company("Rossi Srl", Set.of(anna.id(), marco.id()), AccountFixtures.plain(marioRossi), AccountFixtures.plain(lucia));
        bianchiSnc = AccountFixtures.company("Bianchi Snc", Set.of(anna.id()), AccountFixtures.plain(lucia), AccountFixtures.plain(marioRossi));
        verdi = AccountFixtures.individual("Gino Verdi", Set.of(anna.id(), marco.id()), AccountFixtures.plain(gino));
        for (Account account : new Account[] {mario, rossiSrl, bianchiSnc, verdi}) {
            accounts().add(account, anna.id(), NOW);
        }
    }

    @Test
    void F4_related_accounts_share_at_least_one_contact_listed_once_by_name_without_the_account_itself() {
        assertThat(related().sharingContacts(rossiSrl.id(), Optional.empty()))
                .containsExactly(new RelatedAccount(bianchiSnc.id(), "Bianchi Snc"), new RelatedAccount(mario.id(), "Mario Rossi"));
        assertThat(related().sharingContacts(mario.id(), Optional.empty())).extracting(RelatedAccount::name)
                .containsExactly("Bianchi Snc", "Rossi Srl");
        assertThat(related().sharingContacts(verdi.id(), Optional.empty())).isEmpty();
    }

    @Test
    void F2_with_a_team_member_given_only_their_accounts_are_listed() {
        assertThat(related().sharingContacts(mario.id(), Optional.of(marco.id()))).extracting(RelatedAccount::name)
                .containsExactly("Rossi Srl");
    }
}
