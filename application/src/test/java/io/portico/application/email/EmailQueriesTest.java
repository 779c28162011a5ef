package io.portico.application.email;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.SyncedMessage;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13, items 5, 6 and 10 and the route authorisation, on the in-memory ports. */
class EmailQueriesTest {

    private static final String MARIO = "mario@rossi.it";
    private static final String GIULIA = "giulia@rossi.it";
    private static final String LUCA = "luca@verdi.it";
    private static final String FIRM = "studio@firm.it";

    private static final EmailThreadPage NOTHING = new EmailThreadPage(List.of(), Optional.empty());

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), users);
    private final InMemoryEmails emails = new InMemoryEmails(accounts);
    private final AccountEmailService staffSide = new AccountEmailService(emails, new Viewers(staff, accounts, accounts.archive()));
    private final PortalEmailService portal = new PortalEmailService(emails, users, accounts);

    private StaffMember anna;
    private StaffMember paola;
    private Account rossi;
    private Account verdi;
    private PortalUser mario;
    private PortalUser giulia;
    private PortalUser luca;
    private UUID marioThread;
    private UUID giuliaThread;
    private UUID lucaThread;
    private EmailSeed.File marioFile;
    private EmailSeed.File lucaFile;

    /** Rossi: Mario (LOGIN, EMAIL SYNC) and Giulia (LOGIN, EMAIL SYNC); Verdi: Luca (LOGIN, EMAIL SYNC). Paola is on neither team. */
    @BeforeEach
    void twoAccountsWithSyncedMail() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), synced("Mario", MARIO), synced("Giulia", GIULIA));
        verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()), synced("Luca", LUCA));
        accounts.add(rossi, anna.id(), NOW);
        accounts.add(verdi, anna.id(), NOW);
        mario = client(MARIO);
        giulia = client(GIULIA);
        luca = client(LUCA);
        marioThread = UUID.randomUUID();
        giuliaThread = UUID.randomUUID();
        lucaThread = UUID.randomUUID();
        marioFile = new EmailSeed.File(UUID.randomUUID(), "return.pdf", Optional.of("pdf".getBytes(StandardCharsets.UTF_8)));
        lucaFile = new EmailSeed.File(UUID.randomUUID(), "invoice.pdf", Optional.of("inv".getBytes(StandardCharsets.UTF_8)));
        emails.store(EmailSeed.message(marioThread, "Tax return", MARIO, FIRM, at(1)).file(marioFile));
        emails.store(EmailSeed.message(giuliaThread, "Payroll", FIRM, GIULIA, at(2)));
        emails.store(EmailSeed.message(lucaThread, "Invoice", LUCA, FIRM, at(3)).file(lucaFile));
    }

    private ContactLink synced(String first, String address) {
        var contact = AccountFixtures.contact(contacts, anna.id(), first, "X", address);
        return ContactLink.of(contact, "", List.of(new EmailAccess(new EmailAddress(address), true, false, true)));
    }

    private PortalUser client(String address) {
        PortalUser user = PortalUser.activate(new EmailAddress(address), "hash", NOW);
        users.add(user);
        return user;
    }

    private static Instant at(int minutes) {
        return NOW.plusSeconds(60L * minutes);
    }

    private void turn(Account account, String address, AccessToggle toggle, boolean on) {
        Account saved = accounts.find(account.id()).orElseThrow();
        List<ContactLink> links = saved.links().stream().map(link -> new ContactLink(link.contactId(), link.description(),
                link.signerPriority(), link.signerAuthority(), link.access().stream()
                        .map(access -> access.email().lookupKey().equals(address) ? access.with(toggle, on) : access).toList()))
                .toList();
        accounts.update(new Account(saved.id(), saved.type(), saved.name(), saved.companyName(), saved.companyAddress(), saved.team(),
                links, saved.version()), anna.id(), NOW);
    }

    private static List<UUID> ids(EmailThreadPage page) {
        return page.threads().stream().map(EmailThreadSummary::id).toList();
    }

    @Test
    void issue13_item6_staff_see_the_accounts_threads_newest_first_and_only_its_own() {
        assertThat(ids(staffSide.threads(anna.id(), rossi.id(), Optional.empty(), 10))).containsExactly(giuliaThread, marioThread);
        assertThat(ids(staffSide.threads(anna.id(), verdi.id(), Optional.empty(), 10))).containsExactly(lucaThread);
    }

    @Test
    void issue13_item6_a_full_page_says_where_the_next_starts_and_the_last_page_says_none() {
        EmailThreadPage first = staffSide.threads(anna.id(), rossi.id(), Optional.empty(), 1);
        EmailThreadPage second = staffSide.threads(anna.id(), rossi.id(), first.next(), 1);

        assertThat(ids(first)).containsExactly(giuliaThread);
        assertThat(first.next()).contains(first.threads().getFirst().cursor());
        assertThat(ids(second)).containsExactly(marioThread);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void issue13_item6_a_page_holds_one_to_a_hundred_threads() {
        for (int limit : new int[] {0, AccountEmailQuery.MAX_PAGE + 1}) {
            assertThatThrownBy(() -> staffSide.threads(anna.id(), rossi.id(), Optional.empty(), limit))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
            assertThatThrownBy(() -> portal.threads(mario.id(), rossi.id(), Optional.empty(), limit))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(ids(staffSide.threads(anna.id(), rossi.id(), Optional.empty(), AccountEmailQuery.MAX_PAGE))).hasSize(2);
        assertThat(ids(portal.threads(mario.id(), rossi.id(), Optional.empty(), 1))).containsExactly(marioThread);
    }

    @Test
    void D2_turning_EMAIL_SYNC_off_hides_the_mail_at_once_and_on_again_shows_it() {
        turn(rossi, MARIO, AccessToggle.EMAIL_SYNC, false);
        assertThat(ids(staffSide.threads(anna.id(), rossi.id(), Optional.empty(), 10))).containsExactly(giuliaThread);
        assertThat(staffSide.thread(anna.id(), rossi.id(), marioThread)).isEmpty();
        assertThat(staffSide.attachment(anna.id(), rossi.id(), marioFile.id())).isEmpty();

        turn(rossi, MARIO, AccessToggle.EMAIL_SYNC, true);
        assertThat(ids(staffSide.threads(anna.id(), rossi.id(), Optional.empty(), 10))).containsExactly(giuliaThread, marioThread);
    }

    @Test
    void D5_LOGIN_plays_no_part_for_staff() {
        turn(rossi, MARIO, AccessToggle.LOGIN, false);

        assertThat(staffSide.thread(anna.id(), rossi.id(), marioThread)).isPresent();
    }

    @Test
    void issue13_item5_an_account_without_EMAIL_SYNC_has_no_mail() {
        turn(verdi, LUCA, AccessToggle.EMAIL_SYNC, false);

        assertThat(staffSide.threads(anna.id(), verdi.id(), Optional.empty(), 10)).isEqualTo(NOTHING);
        assertThat(staffSide.thread(anna.id(), verdi.id(), lucaThread)).isEmpty();
        assertThat(staffSide.attachment(anna.id(), verdi.id(), lucaFile.id())).isEmpty();
    }

    @Test
    void issue13_item6_staff_open_a_thread_and_download_its_file() {
        assertThat(staffSide.thread(anna.id(), rossi.id(), marioThread)).hasValueSatisfying(thread ->
                assertThat(thread.messages()).extracting(SyncedMessage::from).containsExactly(MARIO));
        assertThat(staffSide.attachment(anna.id(), rossi.id(), marioFile.id())).hasValueSatisfying(file ->
                assertThat(file.fileName()).isEqualTo("return.pdf"));
    }

    @Test
    void issue13_route_authorisation_staff_without_visibility_of_the_account_get_nothing() {
        assertThat(staffSide.threads(paola.id(), rossi.id(), Optional.empty(), 10)).isEqualTo(NOTHING);
        assertThat(staffSide.thread(paola.id(), rossi.id(), marioThread)).isEmpty();
        assertThat(staffSide.attachment(paola.id(), rossi.id(), marioFile.id())).isEmpty();
    }

    @Test
    void issue13_route_authorisation_another_accounts_thread_or_file_through_an_account_the_viewer_sees_reads_as_nothing() {
        assertThat(staffSide.thread(anna.id(), rossi.id(), lucaThread)).isEmpty();
        assertThat(staffSide.attachment(anna.id(), rossi.id(), lucaFile.id())).isEmpty();
        assertThat(staffSide.thread(anna.id(), verdi.id(), marioThread)).isEmpty();
    }

    @Test
    void issue13_item10_a_client_sees_only_the_mail_of_their_own_address() {
        assertThat(portal.shown(mario.id(), rossi.id())).isTrue();
        assertThat(ids(portal.threads(mario.id(), rossi.id(), Optional.empty(), 10))).containsExactly(marioThread);
        assertThat(portal.thread(mario.id(), rossi.id(), marioThread)).isPresent();
        assertThat(portal.attachment(mario.id(), rossi.id(), marioFile.id())).isPresent();
    }

    @Test
    void issue13_route_authorisation_a_client_gets_nothing_of_another_contacts_or_another_accounts_mail() {
        assertThat(portal.thread(mario.id(), rossi.id(), giuliaThread)).isEmpty();
        assertThat(portal.thread(mario.id(), rossi.id(), lucaThread)).isEmpty();
        assertThat(portal.attachment(mario.id(), rossi.id(), lucaFile.id())).isEmpty();
        assertThat(portal.thread(mario.id(), verdi.id(), lucaThread)).isEmpty();
        assertThat(portal.attachment(mario.id(), verdi.id(), lucaFile.id())).isEmpty();
        assertThat(portal.shown(mario.id(), verdi.id())).isFalse();
        assertThat(portal.attachment(luca.id(), rossi.id(), marioFile.id())).isEmpty();
    }

    @Test
    void issue13_item10_without_EMAIL_SYNC_on_the_clients_address_the_portal_shows_no_email() {
        turn(rossi, GIULIA, AccessToggle.EMAIL_SYNC, false);

        assertThat(portal.shown(giulia.id(), rossi.id())).isFalse();
        assertThat(portal.threads(giulia.id(), rossi.id(), Optional.empty(), 10)).isEqualTo(NOTHING);
        assertThat(portal.thread(giulia.id(), rossi.id(), giuliaThread)).isEmpty();
        assertThat(portal.attachment(mario.id(), rossi.id(), marioFile.id())).isPresent();
        assertThat(portal.shown(mario.id(), rossi.id())).isTrue();
    }

    @Test
    void issue13_item10_without_LOGIN_a_client_is_not_in_the_account_and_sees_no_email() {
        turn(rossi, MARIO, AccessToggle.LOGIN, false);

        assertThat(portal.shown(mario.id(), rossi.id())).isFalse();
        assertThat(portal.attachment(mario.id(), rossi.id(), marioFile.id())).isEmpty();
    }

    @Test
    void issue13_item10_an_unknown_client_sees_nothing() {
        var nobody = new io.portico.domain.portal.PortalUserId(UUID.randomUUID());

        assertThat(portal.shown(nobody, rossi.id())).isFalse();
        assertThat(portal.thread(nobody, rossi.id(), marioThread)).isEmpty();
    }
}
