package io.portico.application.bulk;

import io.portico.application.account.Viewers;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.bulk.port.in.BulkAccessCommand;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.application.portal.BulkInvitations;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.Invite;
import io.portico.domain.bulk.AddressChange;
import io.portico.domain.bulk.Invitee;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * E3, item 3: each chunk applies the bulk edit to the next accounts by id (the cursor is the last account's id),
 * re-read with the starter's rights as they are now. Toggles, history (with the job's id), voided links, invitation
 * links and their mails are written set by set in the chunk's transaction; an address is invited at most once per job, so a
 * chunk retried or taken over by another node never mails twice.
 */
public final class BulkAccessJob implements JobKind {

    private final BulkAccessPlans plans;
    private final BulkAccessPort port;
    private final BulkInvitations invitations;
    private final AccessAuditPort audit;
    private final Clock clock;
    private final int chunkSize;

    public BulkAccessJob(BulkAccessPort port, Viewers viewers, BulkInvitations invitations, AccessAuditPort audit,
                         Clock clock, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size " + chunkSize);
        }
        this.plans = new BulkAccessPlans(port, viewers);
        this.port = port;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    @Override
    public JobType type() {
        return JobType.BULK_ACCESS;
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        BulkAccessCommand command = BulkAccessParameters.command(job.parameters(), job.createdBy());
        var chunk = plans.next(command, job.cursor().map(id -> new AccountId(UUID.fromString(id))), chunkSize);
        var tally = new BulkAccessTally().add(chunk.plans());
        Actor by = new Actor(Optional.of(job.createdBy()), Optional.of(job.id().value()));
        Instant now = clock.instant();
        List<AddressChange> changes = BulkAccessTally.changes(chunk.plans());
        port.apply(changes, command.change().preferences(), by, now);
        audit.recordAll(changes.stream().flatMap(change -> change.history(by, now).stream()).toList());
        command.change().invite().ifPresent(invite -> invite(job, tally.invitees(), invite, by, now));
        return new ChunkOutcome(chunk.plans().size(), tally.report(), tally.problems(),
                chunk.next().map(id -> id.value().toString()));
    }

    private void invite(Job job, List<Invitee> invitees, Invite invite, Actor by, Instant now) {
        Set<String> fresh = port.firstInvitations(job.id(), invitees.stream().map(Invitee::email).toList());
        invitations.send(invitees.stream().filter(invitee -> fresh.contains(invitee.email().lookupKey())).toList(), invite.personalMessage(), by, now);
    }

    @Override
    public JobNotice report(Job finished) {
        if (finished.state() == JobState.FAILED) {
            return new JobNotice("inbox.bulk-access.failed", List.of(String.valueOf(finished.progress().done()),
                    String.valueOf(finished.progress().total())), JobNotice.jobPage(finished.id()));
        }
        return new JobNotice("inbox.bulk-access.done", List.of(String.valueOf(finished.report().succeeded()),
                String.valueOf(finished.report().skippedTotal())), JobNotice.jobPage(finished.id()));
    }
}
