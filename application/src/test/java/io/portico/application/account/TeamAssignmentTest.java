package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.inbox.InboxService;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamAssignmentTest {

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final InMemoryStaffLanguages languages = new InMemoryStaffLanguages(staff);
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final io.portico.application.access.AccessReactions reactions = io.portico.application.access.TestReactions.of(staff, contacts,
            accounts, auditLog, new io.portico.application.portal.PortalFakes().invitations(accounts, mail), mail, notifications, languages);
    private final CreateAccountService create = new CreateAccountService(accounts,
            new NewAccountParts(contacts, new ContactsService(contacts, accounts, accounts, viewers), new io.portico.application.customfield.InMemoryCustomFields(), accounts, new io.portico.application.staff.DefaultAccountAccess(staff)), viewers, reactions,
            new DirectTransactions(), clock);
    private final ChangeTeamService changeTeam = new ChangeTeamService(accounts, viewers, reactions, new DirectTransactions(), clock);
    private final InboxService inbox = new InboxService(notifications, clock);

    private StaffMember anna;
    private StaffMember marco;
    private StaffMember paola;

    @BeforeEach
    void staffMembers() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
    }

    private AccountId createWithTeam(Set<io.portico.domain.staff.StaffId> team) {
        return create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(), PostalAddress.NONE,
                team, List.of(new ContactEntry.CreateNew(new ContactName("Mario", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE, "", List.of()))));
    }

    @Test
    void A6_each_newly_assigned_member_gets_an_inbox_notification_and_an_email_but_not_the_one_assigning() {
        AccountId id = createWithTeam(Set.of(anna.id(), marco.id()));

        assertThat(inbox.latest(anna.id(), 10)).isEmpty();
        assertThat(inbox.unread(marco.id())).isEqualTo(1);
        InboxNotification notice = inbox.latest(marco.id(), 1).getFirst();
        assertThat(notice.arguments()).containsExactly("Anna Bianchi", "Mario Rossi");
        assertThat(notice.link()).isEqualTo("account/" + id.value());
        assertThat(outbox.queued()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(marco.email());
            assertThat(mail.textBody()).contains("team-assigned").contains(FixedLinks.BASE + "/account/" + id.value());
        });
    }

    @Test
    void issue10_2_an_employee_with_default_account_access_joins_every_new_account_and_is_told() {
        staff.grantRights(paola.id(), Set.of(io.portico.domain.staff.StaffRight.DEFAULT_ACCOUNT_ACCESS));

        AccountId id = createWithTeam(Set.of(marco.id()));

        assertThat(accounts.find(id).orElseThrow().team()).containsExactlyInAnyOrder(marco.id(), paola.id());
        assertThat(inbox.unread(paola.id())).isEqualTo(1);
    }

    @Test
    void A6_changing_the_team_notifies_only_the_members_added_and_audits_every_change() {
        AccountId id = createWithTeam(Set.of(anna.id(), marco.id()));
        long version = accounts.find(id).orElseThrow().version();
        changeTeam.changeTeam(anna.id(), id, version, Set.of(anna.id(), paola.id()));

        assertThat(accounts.find(id).orElseThrow().team()).containsExactlyInAnyOrder(anna.id(), paola.id());

        assertThat(inbox.unread(paola.id())).isEqualTo(1);
        assertThat(inbox.unread(marco.id())).as("no second notice for Marco").isEqualTo(1);
        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsExactly(marco.email(), paola.email());
        assertThat(auditLog.history(id, 2)).extracting(c -> c.type() + " " + c.subject())
                .containsExactlyInAnyOrder("TEAM_MEMBER_ADDED Paola Neri", "TEAM_MEMBER_REMOVED Marco Verdi");
    }

    @Test
    void A6_a_member_who_works_in_Italian_gets_the_assignment_mail_in_Italian_and_the_others_in_English() {
        languages.remember(marco.id(), Locale.ITALIAN);

        createWithTeam(Set.of(anna.id(), marco.id(), paola.id()));

        assertThat(outbox.queued()).filteredOn(mail -> mail.to().equals(marco.email()))
                .singleElement().satisfies(mail -> assertThat(mail.textBody()).contains("team-assigned [it]"));
        assertThat(outbox.queued()).filteredOn(mail -> mail.to().equals(paola.email()))
                .singleElement().satisfies(mail -> assertThat(mail.textBody()).contains("team-assigned [en]"));
    }

    @Test
    void a_notification_is_marked_read() {
        createWithTeam(Set.of(anna.id(), marco.id()));
        InboxNotification notice = inbox.latest(marco.id(), 1).getFirst();
        inbox.markRead(marco.id(), notice.id());
        assertThat(inbox.unread(marco.id())).isZero();
    }
}
