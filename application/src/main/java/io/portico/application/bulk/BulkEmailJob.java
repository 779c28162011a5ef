package io.portico.application.bulk;

import io.portico.application.bulk.port.in.StartBulkEmailCommand;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.application.job.port.out.JobFilePort;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Item 10: each chunk sends the message to the next accounts, as a message from the profile would (item 8).
 * The cursor is the index of the chunk's first account in the job's list.
 */
public final class BulkEmailJob implements JobKind {

    /** Why an account got nothing: gone, or not (any longer) visible to the sender; both read the same (F2). */
    public static final String NOT_VISIBLE = "bulk-email.skipped.not-visible";

    private static final String ACCOUNTS = "accounts";
    private static final String SUBJECT = JobParameters.SUBJECT;
    private static final String TEXT = "text";

    private final SendMessageUseCase messages;
    private final JobFilePort files;
    private final int chunkSize;

    public BulkEmailJob(SendMessageUseCase messages, JobFilePort files, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size " + chunkSize);
        }
        this.messages = messages;
        this.files = files;
        this.chunkSize = chunkSize;
    }

    static JobParameters parameters(StartBulkEmailCommand command) {
        String accounts = command.accounts().stream().map(id -> id.value().toString()).collect(Collectors.joining(","));
        return new JobParameters(Map.of(ACCOUNTS, accounts, SUBJECT, command.draft().subject(), TEXT, command.draft().text()));
    }

    @Override
    public JobType type() {
        return JobType.BULK_EMAIL;
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        List<AccountId> accounts = accounts(job.parameters());
        int start = job.cursor().map(Integer::parseInt).orElse(0);
        int end = Math.min(accounts.size(), start + chunkSize);
        List<AccountId> chunk = accounts.subList(start, end);
        var draft = new MessageDraft(job.parameters().get(SUBJECT), job.parameters().get(TEXT), files.files(job.id()));
        var sent = messages.send(new SendMessageCommand(chunk, draft, job.createdBy())).keySet();
        int reached = (int) chunk.stream().filter(sent::contains).count();
        int skipped = chunk.size() - reached;
        var report = new JobReport(reached, skipped == 0 ? Map.of() : Map.of(NOT_VISIBLE, skipped));
        return new ChunkOutcome(chunk.size(), report, end < accounts.size() ? Optional.of(String.valueOf(end)) : Optional.empty());
    }

    @Override
    public JobNotice report(Job finished) {
        String subject = finished.parameters().get(SUBJECT);
        if (finished.state() == JobState.FAILED) {
            return new JobNotice("inbox.bulk-email.failed", List.of(subject, String.valueOf(finished.progress().done()),
                    String.valueOf(finished.progress().total())), JobNotice.jobPage(finished.id()));
        }
        return new JobNotice("inbox.bulk-email.done", List.of(subject, String.valueOf(finished.report().succeeded()),
                String.valueOf(finished.report().skippedTotal())), JobNotice.jobPage(finished.id()));
    }

    private static List<AccountId> accounts(JobParameters parameters) {
        return Arrays.stream(parameters.get(ACCOUNTS).split(",")).map(id -> new AccountId(UUID.fromString(id))).toList();
    }
}
