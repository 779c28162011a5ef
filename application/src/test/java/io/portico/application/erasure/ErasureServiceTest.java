package io.portico.application.erasure;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccountArchive;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.erasure.port.ErasureCounts;
import io.portico.application.erasure.port.in.EraseAccountCommand;
import io.portico.application.erasure.port.in.EraseContactCommand;
import io.portico.application.erasure.port.in.Erasure;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErasureServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryAccountArchive archive = new InMemoryAccountArchive();
    private final InMemoryErasure store = new InMemoryErasure(accounts);
    private final List<String> erasures = new ArrayList<>();
    private Runnable whileWaitingForTheLock = () -> { };
    private final ErasureService service = new ErasureService(new Erasables(new Administrators(staff), accounts, archive, contacts, accounts), store,
            recording(store), new DirectTransactions(), Clock.fixed(NOW, ZoneOffset.UTC));

    private final StaffMember owner = AccountFixtures.staff(staff, "Anna", "Neri", StaffRole.OWNER);
    private final StaffMember admin = AccountFixtures.staff(staff, "Paolo", "Gialli", StaffRole.ADMIN);
    private final StaffMember employee = AccountFixtures.staff(staff, "Sara", "Blu", StaffRole.EMPLOYEE);
    private final Contact mario = AccountFixtures.contact(contacts, owner.id(), "Mario", "Rossi", "mario@rossi.it");
    private final Contact lucia = AccountFixtures.contact(contacts, owner.id(), "Lucia", "Bianchi", "lucia@bianchi.it");
    private final Account rossi = account("Rossi", mario, lucia);
    private final Account bianchi = account("Bianchi", lucia);

    private Account account(String name, Contact... linked) {
        Account account = AccountFixtures.individual(name, Set.of(employee.id()),
                java.util.Arrays.stream(linked).map(AccountFixtures::plain).toArray(io.portico.domain.account.ContactLink[]::new));
        accounts.add(account, owner.id(), NOW);
        return account;
    }

    /** The store, noting who erased what when. */
    private ErasePort recording(ErasePort erase) {
        return new ErasePort() {
            @Override
            public void holdAccount(AccountId account) {
                whileWaitingForTheLock.run();
                erase.holdAccount(account);
            }

            @Override
            public ErasureCounts eraseAccount(AccountId account, StaffId by, Instant at) {
                erasures.add(account + " by " + by + " at " + at);
                return erase.eraseAccount(account, by, at);
            }

            @Override
            public ErasureCounts eraseContact(ContactId contact, StaffId by, Instant at) {
                erasures.add(contact + " by " + by + " at " + at);
                return erase.eraseContact(contact, by, at);
            }
        };
    }

    @Test
    void issue14_item2_the_owner_erases_an_archived_account_with_its_own_contacts_and_only_unlinks_shared_ones() {
        archive.archive(rossi.id(), NOW);

        Erasure erasure = service.erase(new EraseAccountCommand(owner.id(), rossi.id()));

        assertThat(erasure).isEqualTo(new Erasure.Goes(new ErasureCounts(1, 1, 0, 0, 0, 0, 0, 0)));
        assertThat(accounts.find(rossi.id())).isEmpty();
        assertThat(contacts.find(mario.id())).isEmpty();
        assertThat(contacts.find(lucia.id())).isPresent();
        assertThat(accounts.linkedAccounts(lucia.id())).containsExactly(bianchi.id());
        assertThat(erasures).containsExactly(rossi.id() + " by " + owner.id() + " at " + NOW);
    }

    @Test
    void issue14_item2_an_account_restored_while_the_erasure_waits_for_its_lock_stays() {
        archive.archive(rossi.id(), NOW);
        whileWaitingForTheLock = () -> archive.restore(rossi.id());

        assertThat(service.erase(new EraseAccountCommand(owner.id(), rossi.id()))).isInstanceOf(Erasure.NotArchived.class);

        assertThat(erasures).isEmpty();
        assertThat(accounts.find(rossi.id())).isPresent();
    }

    @Test
    void issue14_item2_admins_erase_too() {
        archive.archive(rossi.id(), NOW);

        assertThat(service.erase(new EraseAccountCommand(admin.id(), rossi.id()))).isInstanceOf(Erasure.Goes.class);
        assertThat(accounts.find(rossi.id())).isEmpty();
    }

    @Test
    void issue14_item2_an_account_that_is_not_archived_is_refused_and_stays() {
        assertThat(service.erase(new EraseAccountCommand(owner.id(), rossi.id()))).isEqualTo(new Erasure.NotArchived());
        assertThat(service.preview(owner.id(), rossi.id())).isEqualTo(new Erasure.NotArchived());
        assertThat(service.offered(owner.id(), rossi.id())).isFalse();

        assertThat(accounts.find(rossi.id())).isPresent();
        assertThat(contacts.find(mario.id())).isPresent();
        assertThat(erasures).isEmpty();
    }

    @Test
    void issue14_item2_employees_and_deactivated_admins_may_not_erase_even_on_the_team() {
        archive.archive(rossi.id(), NOW);
        staff.save(admin.withStatus(StaffStatus.DEACTIVATED));

        for (StaffId refused : List.of(employee.id(), admin.id(), StaffId.random())) {
            assertThatThrownBy(() -> service.erase(new EraseAccountCommand(refused, rossi.id()))).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.preview(refused, rossi.id())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.erase(new EraseContactCommand(refused, mario.id()))).isInstanceOf(NotAllowedException.class);
            assertThat(service.offered(refused, rossi.id())).isFalse();
            assertThat(service.offered(refused, mario.id())).isFalse();
        }
        assertThat(accounts.find(rossi.id())).isPresent();
        assertThat(erasures).isEmpty();
    }

    @Test
    void issue14_item2_an_unknown_account_or_contact_reads_as_not_found() {
        assertThatThrownBy(() -> service.erase(new EraseAccountCommand(owner.id(), AccountId.random())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("account");
                    assertThat(e.messageKey()).isEqualTo("account.not-found");
                });
        assertThatThrownBy(() -> service.preview(owner.id(), ContactId.random()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("contact");
                    assertThat(e.messageKey()).isEqualTo("contact.not-found");
                });
    }

    @Test
    void issue14_item2_the_preview_lists_what_goes_and_changes_nothing() {
        archive.archive(rossi.id(), NOW);

        assertThat(service.offered(admin.id(), rossi.id())).isTrue();
        assertThat(service.preview(admin.id(), rossi.id())).isEqualTo(new Erasure.Goes(new ErasureCounts(1, 1, 0, 0, 0, 0, 0, 0)));

        assertThat(accounts.find(rossi.id())).isPresent();
        assertThat(contacts.find(mario.id())).isPresent();
        assertThat(erasures).isEmpty();
    }

    @Test
    void issue14_item2_a_contact_still_linked_is_refused_and_one_linked_nowhere_is_erased() {
        Contact alone = AccountFixtures.contact(contacts, owner.id(), "Sara", "Verdi", "sara@verdi.it");

        assertThat(service.offered(owner.id(), mario.id())).isFalse();
        assertThat(service.preview(owner.id(), mario.id())).isEqualTo(new Erasure.StillLinked());
        assertThat(service.erase(new EraseContactCommand(owner.id(), mario.id()))).isEqualTo(new Erasure.StillLinked());
        assertThat(contacts.find(mario.id())).isPresent();

        assertThat(service.offered(owner.id(), alone.id())).isTrue();
        assertThat(service.preview(owner.id(), alone.id())).isEqualTo(new Erasure.Goes(new ErasureCounts(1, 0, 0, 0, 0, 0, 0, 0)));
        assertThat(service.erase(new EraseContactCommand(admin.id(), alone.id())))
                .isEqualTo(new Erasure.Goes(new ErasureCounts(1, 0, 0, 0, 0, 0, 0, 0)));
        assertThat(contacts.find(alone.id())).isEmpty();
        assertThat(erasures).containsExactly(alone.id() + " by " + admin.id() + " at " + NOW);
    }

    @Test
    void issue14_item2_counts_are_never_negative_and_commands_name_who_and_what() {
        assertThatThrownBy(() -> new ErasureCounts(0, 0, 0, 0, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < 8; i++) {
            int[] values = new int[8];
            values[i] = -1;
            assertThatThrownBy(() -> new ErasureCounts(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new EraseAccountCommand(null, rossi.id())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EraseAccountCommand(owner.id(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EraseContactCommand(null, mario.id())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EraseContactCommand(owner.id(), null)).isInstanceOf(NullPointerException.class);
    }
}
