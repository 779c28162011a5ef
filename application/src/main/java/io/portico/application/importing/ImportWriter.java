package io.portico.application.importing;

import io.portico.application.access.AccessReactions;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.importing.port.in.ImportOptions;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.application.importing.port.out.WriteImportPort.ImportBatch;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.account.access.Invite;
import io.portico.domain.contact.Contact;
import io.portico.domain.importing.ImportedRow;
import io.portico.domain.job.Job;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 12 item 7: a chunk's accepted rows become accounts as + New → Account makes them (F3, A6, B1), written
 * set-based. What an account starts with is {@link AccountAccess#opened}'s events, which the import's history
 * records with the job's id. LOGIN goes through the access reactions, the existing invitation path: each
 * address is invited once per import (its portal user then reaches every account that gives it LOGIN).
 * Team notices (A6) are not sent: the importer, on every team, gets the job's report instead.
 */
public final class ImportWriter {

    private final WriteImportPort writes;
    private final LoadAccessPort access;
    private final AccessReactions reactions;
    private final DefaultAccountAccess defaults;
    private final StaffPort staff;
    private final Clock clock;

    public ImportWriter(WriteImportPort writes, LoadAccessPort access, AccessReactions reactions, DefaultAccountAccess defaults,
                        StaffPort staff, Clock clock) {
        this.writes = writes;
        this.access = access;
        this.reactions = reactions;
        this.defaults = defaults;
        this.staff = staff;
        this.clock = clock;
    }

    void write(Job job, ImportOptions options, List<Planned.Accepted> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        StaffId by = job.createdBy();
        var chunk = new Chunk(new Actor(Optional.of(by), Optional.of(job.id().value())), now, defaults.joining(Set.of(by)));
        List<EmailAddress> emails = rows.stream().flatMap(row -> row.row().emails().all().stream()).toList();
        Set<EmailAddress> activated = options.login() ? access.activated(emails) : Set.of();
        Set<String> invited = options.invitation().isPresent()
                ? new HashSet<>(writes.loginGiven(job.id(), emails.stream().map(EmailAddress::lookupKey).distinct().toList()))
                : new HashSet<>();
        Optional<Invite> invite = options.invitation().map(request -> new Invite(request.personalMessage()));
        List<Contact> fresh = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        for (Planned.Accepted row : rows) {
            if (row.contact() instanceof Planned.Choice.Fresh made) {
                fresh.add(made.contact());
            }
            Account account = accountOf(row, chunk.team(), options);
            accounts.add(account);
            AccountAccess.opened(account, activated, invite, chunk.actor(), now).forEach(event -> chunk.record(event, contactName(row), invited));
        }
        writes.write(job.id(), new ImportBatch(fresh, accounts, chunk.history, by, now));
        reactions.on(chunk.logins);
    }

    private static Account accountOf(Planned.Accepted accepted, Set<StaffId> team, ImportOptions options) {
        ImportedRow row = accepted.row();
        Function<EmailAddress, EmailAccess> toggles = email -> new EmailAccess(email, options.login(), options.notifications(), options.emailSync());
        ContactLink link = switch (accepted.contact()) {
            case Planned.Choice.Fresh fresh -> ContactLink.of(fresh.contact(), "", row.emails().all().stream().map(toggles).toList());
            case Planned.Choice.Again again -> ContactLink.of(again.contact(), "", row.emails().all().stream().map(toggles).toList());
            case Planned.Choice.Existing existing -> {
                Set<String> named = row.emails().all().stream().map(EmailAddress::lookupKey).collect(Collectors.toSet());
                yield new ContactLink(existing.owner().id(), "", 0, true, existing.owner().emails().stream()
                        .map(email -> named.contains(email.lookupKey()) ? toggles.apply(email) : EmailAccess.none(email)).toList());
            }
        };
        return new Account(AccountId.random(), row.type(), row.accountName(), row.companyName(), row.companyAddress(), team, List.of(link),
                row.accountTags(), row.accountValues(), 0);
    }

    private static String contactName(Planned.Accepted row) {
        return switch (row.contact()) {
            case Planned.Choice.Fresh fresh -> fresh.contact().name().full();
            case Planned.Choice.Again again -> again.contact().name().full();
            case Planned.Choice.Existing existing -> existing.owner().name().full();
        };
    }

    /** One chunk's history entries, written with its accounts, and its LOGIN events, handed to the reactions after. */
    private final class Chunk {

        private final Actor actor;
        private final Instant at;
        private final Set<StaffId> team;
        private final Map<StaffId, String> names;
        private final List<HistoryEntry> history = new ArrayList<>();
        private final List<AccessEvent> logins = new ArrayList<>();

        Chunk(Actor actor, Instant at, Set<StaffId> team) {
            this.actor = actor;
            this.at = at;
            this.team = team;
            this.names = team.stream().collect(Collectors.toMap(member -> member,
                    member -> staff.findById(member).map(m -> m.name().full()).orElse(member.value().toString())));
        }

        Actor actor() {
            return actor;
        }

        Set<StaffId> team() {
            return team;
        }

        /** As the access history records each event (AccessHistory), with the names known here rather than looked up. */
        void record(AccessEvent event, String contactName, Set<String> invited) {
            AccountId account = event.account();
            switch (event) {
                case AccessEvent.TeamMemberAdded added ->
                        history.add(new HistoryEntry(account, actor, at, HistoryType.TEAM_MEMBER_ADDED, names.get(added.member())));
                case AccessEvent.ContactLinked ignored -> history.add(new HistoryEntry(account, actor, at, HistoryType.CONTACT_LINKED, contactName));
                case AccessEvent.NotifyChanged n -> history.add(HistoryEntry.switched(account, actor, at, HistoryType.NOTIFY, n.email().value(), n.on()));
                case AccessEvent.SyncChanged s -> history.add(HistoryEntry.switched(account, actor, at, HistoryType.EMAIL_SYNC, s.email().value(), s.on()));
                case AccessEvent.LoginTurnedOn on -> logins.add(invited.add(on.email().lookupKey()) ? on
                        : new AccessEvent.LoginTurnedOn(account, on.by(), on.at(), on.contact(), on.email(), Optional.empty()));
                default -> throw new IllegalStateException("a new account does not start with " + event);
            }
        }
    }
}
