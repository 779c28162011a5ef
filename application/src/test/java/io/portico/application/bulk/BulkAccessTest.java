package io.portico.application.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.in.BulkAccessCommand;
import io.portico.application.bulk.port.in.BulkAccessPreview;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.notification.InMemoryNotificationPreferences;
import io.portico.application.portal.BulkInvitations;
import io.portico.application.portal.InvitationReactions;
import io.portico.application.portal.LostPortalAccess;
import io.portico.application.portal.PortalFakes;
import io.portico.application.session.InMemoryCredentialEpochs;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.account.access.Invite;
import io.portico.domain.bulk.BulkAccessChange;
import io.portico.domain.bulk.ToggleChoice;
import io.portico.domain.contact.Contact;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobState;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E3, issue 12 items 3 and 4: bulk edit of LOGIN, NOTIFY, EMAIL SYNC — preview, the job, its report. */
class BulkAccessTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final MutableClock clock = MutableClock.startingAt("2026-04-01T09:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new io.portico.application.tag.InMemoryTags(), portal.users);
    private final InMemoryAccessAudit audit = new InMemoryAccessAudit();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(accounts, contacts);
    private final AccessReactions reactions = new AccessReactions(List.of(
            new InvitationReactions(portal.invitations(accounts, mail), accounts), new LostPortalAccess(accounts, portal.users, epochs)));
    private final InMemoryBulkAccess port = new InMemoryBulkAccess(accounts, reactions, preferences);
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final BulkAccessService service = new BulkAccessService(port, viewers, jobs, new DirectTransactions(), clock);
    private final BulkAccessJob kind = new BulkAccessJob(port, viewers,
            new BulkInvitations(portal.links, portal.settings, portal.mails(mail, contacts), audit), audit, clock, 2);

    private StaffMember anna;
    private Contact mario;
    private Contact lucia;
    private Contact nobody;
    private Account rossi;
    private Account bianchi;
    private Account verdi;

    @BeforeEach
    void threeAccounts() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it", "m.rossi@gmail.com");
        contacts.update(mario.withLanguage(Optional.of(Language.IT)), anna.id(), AccountFixtures.NOW);
        lucia = AccountFixtures.contact(contacts, anna.id(), "Lucia", "Bianchi", "lucia@bianchi.it");
        nobody = AccountFixtures.contact(contacts, anna.id(), "Nessuno", "Verdi");
        rossi = add(AccountFixtures.individual("Rossi family", Set.of(anna.id()), ContactLink.of(mario, "", List.of())));
        bianchi = add(AccountFixtures.company("Bianchi", Set.of(anna.id()), AccountFixtures.loginFor(lucia, "lucia@bianchi.it"),
                ContactLink.of(mario, "", List.of())));
        verdi = add(AccountFixtures.individual("Verdi", Set.of(anna.id()), ContactLink.of(nobody, "", List.of())));
    }

    private Account add(Account account) {
        accounts.add(account, anna.id(), AccountFixtures.NOW);
        return account;
    }

    private static BulkAccessChange loginOnWithInvitations() {
        return new BulkAccessChange(ToggleChoice.ENABLE, ToggleChoice.KEEP, ToggleChoice.KEEP, Optional.of(new Invite("Welcome!")),
                Optional.empty());
    }

    private BulkAccessCommand all(BulkAccessChange change) {
        return new BulkAccessCommand(anna.id(), new AccountSelection.Matching(AccountFilter.ANY), change);
    }

    private JobWorker worker(String node, JobKind kind) {
        return new JobWorker(jobs, List.of(kind), inbox, new DirectTransactions(), new JobTimings(node, LEASE, RETRY), clock);
    }

    private EmailAccess access(Account account, Contact contact, String email) {
        return accounts.load(account.id()).orElseThrow().of(contact.id(), new EmailAddress(email)).orElseThrow();
    }

    private List<OutgoingMail> invitationsTo(String email) {
        return outbox.queued().stream().filter(m -> m.to().value().equals(email)).toList();
    }

    @Test
    void issue12_item3_all_matching_the_filter_counts_what_the_viewer_may_see() {
        assertThat(service.matching(anna.id(), AccountFilter.ANY)).isEqualTo(3);
        assertThat(service.matching(anna.id(), new AccountFilter(Optional.of(AccountType.COMPANY), Optional.empty(), Optional.empty(),
                Optional.empty()))).isEqualTo(1);
        var bob = AccountFixtures.staff(staff, "Bob", "Neri", StaffRole.EMPLOYEE);
        staff.grantRights(bob.id(), Set.of(StaffRight.MANAGE_ACCOUNTS));
        assertThat(service.matching(bob.id(), AccountFilter.ANY)).as("F2: on no team, sees none").isZero();
    }

    @Test
    void issue12_item4_preview_counts_accounts_contacts_addresses_invitations_and_skips() {
        BulkAccessPreview preview = service.preview(all(loginOnWithInvitations()));

        assertThat(preview.accounts()).isEqualTo(2);
        assertThat(preview.contacts()).as("Mario on two accounts, Lucia already on").isEqualTo(2);
        assertThat(preview.addresses()).isEqualTo(4);
        assertThat(preview.invitations()).as("one per address").isEqualTo(2);
        assertThat(preview.unchanged()).isZero();
        assertThat(preview.withoutAddress()).isEqualTo(1);
        assertThat(preview.notEditable()).isZero();
        assertThat(preview.skipped()).containsExactly(JobProblem.of("Verdi", BulkAccessTally.NO_ADDRESS, "Nessuno Verdi"));
        assertThat(access(rossi, mario, "mario@rossi.it").login()).as("a preview changes nothing").isFalse();
    }

    @Test
    void issue12_item4_an_account_the_user_may_not_edit_is_skipped_and_named() {
        var bob = AccountFixtures.staff(staff, "Bob", "Neri", StaffRole.EMPLOYEE);
        staff.grantRights(bob.id(), Set.of(StaffRight.MANAGE_ACCOUNTS));
        accounts.addToTeams(bob.id(), List.of(rossi.id()));

        BulkAccessPreview preview = service.preview(new BulkAccessCommand(bob.id(),
                new AccountSelection.Chosen(List.of(rossi.id(), bianchi.id())), loginOnWithInvitations()));

        assertThat(preview.accounts()).isEqualTo(1);
        assertThat(preview.notEditable()).isEqualTo(1);
        assertThat(preview.skipped()).containsExactly(JobProblem.of("Bianchi", BulkAccessTally.NOT_EDITABLE));
    }

    @Test
    void issue14_1_a_bulk_edit_skips_archived_accounts_says_so_in_its_preview_and_its_job_changes_and_mails_nothing_there() {
        accounts.archive().archive(rossi.id(), AccountFixtures.NOW);
        var chosen = new BulkAccessCommand(anna.id(), new AccountSelection.Chosen(List.of(rossi.id(), bianchi.id())),
                loginOnWithInvitations());

        BulkAccessPreview preview = service.preview(chosen);
        assertThat(preview.archived()).isEqualTo(1);
        assertThat(preview.accounts()).isEqualTo(1);
        assertThat(preview.skipped()).containsExactly(JobProblem.of("Rossi family", BulkAccessTally.ARCHIVED));
        assertThat(service.matching(anna.id(), AccountFilter.ANY)).as("all matching: the active ones, as the list").isEqualTo(2);

        JobId id = service.start(chosen);
        worker("a", kind).runNext();
        assertThat(jobs.find(id).orElseThrow().report().skipped()).containsEntry(BulkAccessTally.ARCHIVED, 1);
        assertThat(access(rossi, mario, "mario@rossi.it").login()).isFalse();
        assertThat(invitationsTo("mario@rossi.it")).as("Mario is invited for Bianchi only")
                .allSatisfy(m -> assertThat(m.textBody()).doesNotContain("Rossi family"));
    }

    @Test
    void F3_only_who_may_edit_accounts_previews_or_starts_a_bulk_edit() {
        var carla = AccountFixtures.staff(staff, "Carla", "Neri", StaffRole.EMPLOYEE);
        staff.grantRights(carla.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        var command = new BulkAccessCommand(carla.id(), new AccountSelection.Chosen(List.of(rossi.id())), loginOnWithInvitations());

        assertThatThrownBy(() -> service.preview(command)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.start(command)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.matching(carla.id(), AccountFilter.ANY)).isInstanceOf(NotAllowedException.class);
        assertThat(jobs.find(new JobId(java.util.UUID.randomUUID()))).isEmpty();
    }

    @Test
    void issue12_item3_the_job_turns_LOGIN_on_invites_once_per_address_in_the_contacts_language_and_reports() {
        JobId id = service.start(all(loginOnWithInvitations()));
        assertThat(jobs.find(id).orElseThrow().progress().total()).isEqualTo(3);

        worker("a", kind).runNext();

        Job job = jobs.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(access(rossi, mario, "mario@rossi.it").login()).isTrue();
        assertThat(access(bianchi, mario, "m.rossi@gmail.com").login()).isTrue();
        assertThat(invitationsTo("mario@rossi.it")).hasSize(1).first().satisfies(m -> assertThat(m.textBody()).contains("[it]", "Welcome!"));
        assertThat(invitationsTo("m.rossi@gmail.com")).hasSize(1);
        assertThat(invitationsTo("lucia@bianchi.it")).as("LOGIN already on: no new invitation").isEmpty();
        assertThat(portal.links.invitations()).hasSize(2);
        assertThat(job.report().succeeded()).isEqualTo(2);
        assertThat(job.report().skipped()).isEqualTo(Map.of(BulkAccessTally.NO_ADDRESS, 1));
        assertThat(jobs.problems(id, 0, 10)).containsExactly(JobProblem.of("Verdi", BulkAccessTally.NO_ADDRESS, "Nessuno Verdi"));
        assertThat(inbox.latest(anna.id(), 10)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("inbox.bulk-access.done");
            assertThat(notice.arguments()).containsExactly("2", "1");
            assertThat(notice.link()).isEqualTo(JobNotice.jobPage(id));
        });
    }

    @Test
    void issue12_item4_every_change_is_in_the_accounts_history_with_the_jobs_id() {
        JobId id = service.start(all(loginOnWithInvitations()));
        worker("a", kind).runNext();

        assertThat(audit.history(rossi.id(), 10)).filteredOn(entry -> entry.type() == HistoryType.LOGIN)
                .extracting(HistoryEntry::subject).containsExactlyInAnyOrder("mario@rossi.it", "m.rossi@gmail.com");
        List<HistoryEntry> history = java.util.stream.Stream.of(rossi, bianchi, verdi)
                .flatMap(account -> audit.history(account.id(), 10).stream()).toList();
        assertThat(history).filteredOn(entry -> entry.type() == HistoryType.INVITATION_SENT).as("one invitation per address")
                .extracting(HistoryEntry::subject).containsExactlyInAnyOrder("mario@rossi.it", "m.rossi@gmail.com");
        assertThat(history).hasSize(6);
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.by().staff()).contains(anna.id());
            assertThat(entry.by().job()).contains(id.value());
        });
    }

    @Test
    void issue12_item1_a_retried_chunk_changes_and_mails_nothing_twice() {
        JobId id = service.start(all(loginOnWithInvitations()));
        var retried = new JobKind() {
            private int calls;

            @Override
            public io.portico.domain.job.JobType type() {
                return kind.type();
            }

            @Override
            public ChunkOutcome runChunk(Job job) {
                ChunkOutcome outcome = kind.runChunk(job);
                if (++calls == 1) {
                    throw new IllegalStateException("node lost after the chunk's work, before its cursor was saved");
                }
                return outcome;
            }

            @Override
            public JobNotice report(Job finished) {
                return kind.report(finished);
            }
        };
        worker("a", retried).runNext();
        clock.advance(RETRY.plusSeconds(1));
        worker("b", retried).runNext();

        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.DONE);
        assertThat(outbox.queued()).hasSize(2);
        assertThat(portal.links.invitations()).hasSize(2);
        assertThat(audit.history(rossi.id(), 10)).filteredOn(e -> e.type() == HistoryType.LOGIN).hasSize(2);
    }

    @Test
    void issue12_item1_a_job_taken_over_after_a_crash_between_chunks_continues_from_its_cursor() {
        var many = IntStream.range(0, 5).mapToObj(i -> {
            Contact c = AccountFixtures.contact(contacts, anna.id(), "C" + i, "Neri", "c" + i + "@neri.it");
            return add(AccountFixtures.individual("Neri " + i, Set.of(anna.id()), ContactLink.of(c, "", List.of())));
        }).toList();
        JobId id = service.start(new BulkAccessCommand(anna.id(), new AccountSelection.Chosen(many.stream().map(Account::id).toList()),
                loginOnWithInvitations()));
        var dying = new JobKind() {
            private int chunks;

            @Override
            public io.portico.domain.job.JobType type() {
                return kind.type();
            }

            @Override
            public ChunkOutcome runChunk(Job job) {
                if (++chunks == 2) {
                    throw new IllegalStateException("kill -9");
                }
                return kind.runChunk(job);
            }

            @Override
            public JobNotice report(Job finished) {
                return kind.report(finished);
            }
        };
        worker("a", dying).runNext();
        assertThat(jobs.find(id).orElseThrow().progress().done()).isEqualTo(2);
        clock.advance(RETRY.plusSeconds(1));
        worker("b", kind).runNext();

        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.DONE);
        assertThat(jobs.find(id).orElseThrow().progress().done()).isEqualTo(5);
        assertThat(outbox.queued()).extracting(m -> m.to().value()).containsExactlyInAnyOrder(
                "c0@neri.it", "c1@neri.it", "c2@neri.it", "c3@neri.it", "c4@neri.it");
    }

    @Test
    void B6_LOGIN_off_in_bulk_voids_open_links_and_ends_the_sessions_of_who_can_log_in_nowhere_else() {
        PortalUser luciaUser = PortalUser.activate(new EmailAddress("lucia@bianchi.it"), "hash", AccountFixtures.NOW);
        portal.users.add(luciaUser);
        var off = new BulkAccessChange(ToggleChoice.DISABLE, ToggleChoice.KEEP, ToggleChoice.KEEP, Optional.empty(), Optional.empty());

        service.start(new BulkAccessCommand(anna.id(), new AccountSelection.Chosen(List.of(bianchi.id())), off));
        worker("a", kind).runNext();

        assertThat(access(bianchi, lucia, "lucia@bianchi.it").login()).isFalse();
        assertThat(epochs.epoch(new CredentialHolder.Portal(luciaUser.id()))).isEqualTo(1);
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void issue12_item3_NOTIFY_turned_on_gets_the_chosen_preferences_and_EMAIL_SYNC_its_own_choice() {
        var digest = NotificationPreferences.only(Set.of(NotificationCategory.values()[0]), DeliveryMode.DAILY_DIGEST);
        var change = new BulkAccessChange(ToggleChoice.KEEP, ToggleChoice.ENABLE, ToggleChoice.ENABLE, Optional.empty(), Optional.of(digest));

        service.start(new BulkAccessCommand(anna.id(), new AccountSelection.Chosen(List.of(rossi.id())), change));
        worker("a", kind).runNext();

        assertThat(access(rossi, mario, "mario@rossi.it")).isEqualTo(new EmailAccess(new EmailAddress("mario@rossi.it"), false, true, true));
        assertThat(preferences.load(rossi.id(), new EmailAddress("mario@rossi.it"))).isEqualTo(digest);
        assertThat(preferences.load(bianchi.id(), new EmailAddress("mario@rossi.it"))).as("only the chosen accounts")
                .isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void issue12_item3_the_job_reads_its_parameters_back_as_started() {
        var digest = NotificationPreferences.only(Set.of(NotificationCategory.values()[1]), DeliveryMode.DAILY_DIGEST);
        var filter = new AccountFilter(Optional.of(AccountType.COMPANY), Optional.of(anna.id()),
                Optional.of(io.portico.application.account.port.PortalStatus.PENDING_ACTIVATION), Optional.empty());
        var command = new BulkAccessCommand(anna.id(), new AccountSelection.Matching(filter),
                new BulkAccessChange(ToggleChoice.ENABLE, ToggleChoice.ENABLE, ToggleChoice.DISABLE, Optional.of(new Invite("Hi")),
                        Optional.of(digest)));
        assertThat(BulkAccessParameters.command(BulkAccessParameters.of(command), anna.id())).isEqualTo(command);
        var everything = new BulkAccessCommand(anna.id(), new AccountSelection.Chosen(List.of(rossi.id(), bianchi.id())),
                new BulkAccessChange(ToggleChoice.KEEP, ToggleChoice.ENABLE, ToggleChoice.KEEP, Optional.empty(),
                        Optional.of(NotificationPreferences.everything(DeliveryMode.EACH_AS_IT_HAPPENS))));
        assertThat(BulkAccessParameters.command(BulkAccessParameters.of(everything), anna.id())).isEqualTo(everything);
        var plain = all(loginOnWithInvitations());
        assertThat(BulkAccessParameters.command(BulkAccessParameters.of(plain), anna.id())).isEqualTo(plain);
    }

    @Test
    void issue12_item2_a_failed_job_tells_how_far_it_got() {
        JobId id = service.start(all(loginOnWithInvitations()));
        var failing = new JobKind() {
            @Override
            public io.portico.domain.job.JobType type() {
                return kind.type();
            }

            @Override
            public ChunkOutcome runChunk(Job job) {
                throw new IllegalStateException("always");
            }

            @Override
            public JobNotice report(Job finished) {
                return kind.report(finished);
            }
        };
        for (int attempt = 0; attempt < Job.MAX_FAILURES; attempt++) {
            worker("a", failing).runNext();
            clock.advance(RETRY.plusSeconds(1));
        }
        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.FAILED);
        assertThat(inbox.latest(anna.id(), 10)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("inbox.bulk-access.failed");
            assertThat(notice.arguments()).containsExactly("0", "3");
        });
    }

    @Test
    void issue12_item3_a_chosen_selection_names_at_least_one_account() {
        assertThatThrownBy(() -> new AccountSelection.Chosen(List.of())).isInstanceOf(io.portico.domain.shared.InvalidInputException.class);
        assertThatThrownBy(() -> new BulkAccessJob(port, viewers, null, audit, clock, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
