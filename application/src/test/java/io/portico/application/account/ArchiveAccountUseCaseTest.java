package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.access.AccessChanges;
import io.portico.application.access.TestReactions;
import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.account.port.in.ArchiveAccountCommand;
import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.account.port.in.EditAccountCommand;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.MailQueue;
import io.portico.application.notification.NotificationFixture;
import io.portico.application.notification.NotificationWorld;
import io.portico.application.notification.port.in.Notification;
import io.portico.application.portal.InviteService;
import io.portico.application.portal.Invitations;
import io.portico.application.portal.PortalAccountsService;
import io.portico.application.portal.port.in.SendInvitationCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalAccount;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14, item 1: archiving and restoring an account, on fakes. */
class ArchiveAccountUseCaseTest {

    private final NotificationWorld world = new NotificationWorld();
    private final NotificationFixture firm = world.firm;
    private final InMemoryAccounts accounts = world.accounts;
    private final InMemoryAccessAudit history = new InMemoryAccessAudit();
    private final Viewers viewers = new Viewers(world.staff, accounts, accounts.archive());
    private final ArchiveAccountService archive = new ArchiveAccountService(viewers, accounts.archive(), history, new DirectTransactions(),
            world.clock);
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), world.outbox, world.clock);
    private final Invitations invitations = world.portal.invitations(accounts, mail);
    private final io.portico.application.access.AccessReactions reactions = TestReactions.of(world.staff, world.contacts, accounts, history,
            invitations, mail, new InMemoryNotifications(), new InMemoryStaffLanguages(world.staff));
    private final InviteService invite = new InviteService(viewers, invitations, reactions, new DirectTransactions(), world.clock);
    private final EditLinksService toggles = new EditLinksService(viewers, accounts, new AccessChanges(accounts, reactions),
            new DirectTransactions(), world.clock);
    private final FindAccountsService find = new FindAccountsService(accounts, viewers);
    private final PortalAccountsService portal = new PortalAccountsService(world.portal.users, accounts);

    private void archive(StaffMember by) {
        archive.archive(new ArchiveAccountCommand(by.id(), firm.rossi.id()));
    }

    private void restore(StaffMember by) {
        archive.restore(new ArchiveAccountCommand(by.id(), firm.rossi.id()));
    }

    private List<String> listed(AccountListRequest request) {
        return find.page(firm.anna.id(), request).stream().map(AccountRow::name).toList();
    }

    @Test
    void issue14_1_archiving_leaves_the_list_and_search_but_the_archived_filter_finds_it() {
        archive(firm.anna);

        AccountListRequest all = AccountListRequest.firstPage(Optional.empty(), 50);
        assertThat(listed(all)).containsExactly("Verdi");
        assertThat(listed(all.inArchive(true))).containsExactly("Rossi");
        assertThat(find.search(firm.anna.id(), "Ross", 10)).isEmpty();
        assertThat(accounts.figures(Optional.empty()).byPortalStatus().get(PortalStatus.PENDING_ACTIVATION)).isZero();
    }

    @Test
    void issue14_1_archive_and_restore_are_in_the_history_and_restore_brings_every_toggle_back() {
        var before = accounts.find(firm.rossi.id()).orElseThrow();
        archive(firm.anna);
        world.clock.advance(Duration.ofHours(1));
        restore(firm.anna);

        assertThat(accounts.find(firm.rossi.id()).orElseThrow().links()).isEqualTo(before.links());
        assertThat(history.history(firm.rossi.id(), 10)).containsExactly(
                new HistoryEntry(firm.rossi.id(), Actor.staff(firm.anna.id()), AccountFixtures.NOW.plus(Duration.ofHours(1)),
                        HistoryType.ACCOUNT_RESTORED, "Rossi"),
                new HistoryEntry(firm.rossi.id(), Actor.staff(firm.anna.id()), AccountFixtures.NOW, HistoryType.ACCOUNT_ARCHIVED, "Rossi"));
        assertThat(listed(AccountListRequest.firstPage(Optional.empty(), 50))).containsExactly("Rossi", "Verdi");
        assertThat(accounts.archive().archivedAt(firm.rossi.id())).isEmpty();
    }

    @Test
    void issue14_1_archiving_twice_keeps_the_first_moment_and_one_entry_and_restoring_an_active_account_does_nothing() {
        restore(firm.anna);
        archive(firm.anna);
        world.clock.advance(Duration.ofHours(1));
        archive(firm.anna);

        assertThat(accounts.archive().archivedAt(firm.rossi.id())).contains(AccountFixtures.NOW);
        assertThat(history.history(firm.rossi.id(), 10)).extracting(HistoryEntry::type).containsExactly(HistoryType.ACCOUNT_ARCHIVED);
    }

    @Test
    void issue14_1_who_may_edit_the_account_may_archive_it_others_are_refused_and_an_invisible_account_is_not_found() {
        StaffMember marco = AccountFixtures.staff(world.staff, "Marco", "Neri", StaffRole.EMPLOYEE);
        StaffMember sara = AccountFixtures.staff(world.staff, "Sara", "Blu", StaffRole.EMPLOYEE);
        world.staff.grantRights(sara.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        StaffMember admin = AccountFixtures.staff(world.staff, "Ada", "Rosa", StaffRole.ADMIN);

        assertThatThrownBy(() -> archive(marco)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("account"));
        assertThatThrownBy(() -> archive(sara)).isInstanceOf(NotAllowedException.class);
        assertThat(accounts.archive().archivedAt(firm.rossi.id())).isEmpty();

        world.staff.grantRights(sara.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS, StaffRight.MANAGE_ACCOUNTS));
        archive(sara);
        assertThat(accounts.archive().archivedAt(firm.rossi.id())).contains(AccountFixtures.NOW);
        assertThatThrownBy(() -> restore(marco)).isInstanceOf(InvalidInputException.class);
        restore(admin);
        assertThat(accounts.archive().archivedAt(firm.rossi.id())).isEmpty();
    }

    @Test
    void issue14_1_an_archived_account_is_read_only_but_its_notes_stay_open() {
        archive(firm.anna);
        var rossi = accounts.find(firm.rossi.id()).orElseThrow();

        assertThatThrownBy(() -> new EditAccountService(accounts, viewers, new DirectTransactions(), world.clock).edit(
                new EditAccountCommand(firm.anna.id(), rossi.id(), rossi.version(), rossi.type(), rossi.name(), rossi.companyName(),
                        rossi.companyAddress())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("account.archived");
        var profile = new AccountProfileService(viewers, world.contacts, history, world.staff).profile(firm.anna.id(), rossi.id())
                .orElseThrow();
        assertThat(profile.editable()).isFalse();
        assertThat(profile.manageable()).isTrue();
        assertThat(profile.archivedAt()).contains(AccountFixtures.NOW);
        var notes = new NotesService(new InMemoryNotes(), world.staff, viewers, world.clock);
        notes.add(firm.anna.id(), rossi.id(), "Moved to another firm");
        assertThat(notes.notes(firm.anna.id(), rossi.id(), 10)).hasSize(1);
    }

    @Test
    void issue14_1_the_portal_loses_the_archived_account_at_once_and_gets_it_back_on_restore() {
        var user = PortalUser.activate(NotificationFixture.MARIO_WORK, "hash", AccountFixtures.NOW);
        world.portal.users.add(user);
        assertThat(portal.accounts(user.id())).extracting(PortalAccount::name).containsExactly("Rossi");

        archive(firm.anna);
        assertThat(portal.accounts(user.id())).isEmpty();
        assertThat(portal.account(user.id(), firm.rossi.id())).isEmpty();

        restore(firm.anna);
        assertThat(portal.account(user.id(), firm.rossi.id())).isPresent();
    }

    @Test
    void issue14_1_no_invitation_toggle_notification_or_message_mail_reaches_the_outbox_for_an_archived_account() {
        archive(firm.anna);
        var rossi = accounts.find(firm.rossi.id()).orElseThrow();

        assertThatThrownBy(() -> invite.send(new SendInvitationCommand(firm.anna.id(), rossi.id(), NotificationFixture.MARIO_WORK, "")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> toggles.change(new ChangeAccessCommand(firm.anna.id(), rossi.id(), rossi.version(), firm.mario.id(),
                NotificationFixture.MARIO_HOME, AccessToggle.LOGIN, true)))
                .isInstanceOf(InvalidInputException.class);
        world.raise.raise(List.of(
                new Notification(rossi.id(), NotificationEvent.INVOICE_ISSUED, Map.of("invoiceNumber", "1", "amount", "€ 1")),
                new Notification(rossi.id(), NotificationEvent.MESSAGE_RECEIVED, Map.of("subject", "Hi", "text", "Hi", "sender", "Anna"))));

        assertThat(world.outbox.queued()).isEmpty();
        assertThat(accounts.find(rossi.id()).orElseThrow().links()).isEqualTo(rossi.links());
    }

    @Test
    void issue14_1_a_digest_held_for_an_archived_account_waits_until_it_is_restored() {
        world.preferences.save(firm.rossi.id(), NotificationFixture.LUCIA, NotificationPreferences.everything(DeliveryMode.DAILY_DIGEST));
        world.raise.raise(List.of(new Notification(firm.rossi.id(), NotificationEvent.INVOICE_ISSUED,
                Map.of("invoiceNumber", "1", "amount", "€ 1"))));
        int before = world.outbox.queued().size();
        archive(firm.anna);
        world.clock.advance(Duration.ofDays(1));

        assertThat(world.digests.sendDigests()).isZero();
        assertThat(world.outbox.queued()).hasSize(before);

        restore(firm.anna);
        assertThat(world.digests.sendDigests()).isEqualTo(1);
        assertThat(world.outbox.queued().getLast().to()).isEqualTo(NotificationFixture.LUCIA);
    }
}
