package io.portico.application.job;

import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job kind for testing the engine: items 0…total-1 (the total is the job's), handled {@code size} at a
 * time into {@link #handled}; odd items are skipped as "odd", each a problem of its own. It can be told to fail, or to crash (an Error
 * that, like kill -9, ends the node's work with nothing recorded), when a given chunk starts.
 */
public class NumberedItems implements JobKind {

    /** What the node's death looks like to the code around the chunk: nothing it can handle. */
    public static final class Crash extends Error {
        Crash() {
            super("node killed");
        }
    }

    public final List<Integer> handled = new ArrayList<>();
    private final int size;
    private int chunkCalls;
    private int failAtCall = -1;
    private int crashAtCall = -1;

    public NumberedItems(int size) {
        this.size = size;
    }

    /** The {@code call}th chunk run (from 1) throws. */
    public void failAt(int call) {
        failAtCall = call;
    }

    public void crashAt(int call) {
        crashAtCall = call;
    }

    @Override
    public JobType type() {
        return JobType.BULK_EMAIL;
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        chunkCalls++;
        if (chunkCalls == crashAtCall) {
            throw new Crash();
        }
        if (chunkCalls == failAtCall) {
            throw new IllegalStateException("chunk failed");
        }
        int start = job.cursor().map(Integer::parseInt).orElse(0);
        int end = Math.min(job.progress().total(), start + size);
        var problems = new ArrayList<JobProblem>();
        for (int item = start; item < end; item++) {
            handled.add(item);
            if (item % 2 == 1) {
                problems.add(JobProblem.of(String.valueOf(item), "odd"));
            }
        }
        int odd = problems.size();
        var report = new JobReport(end - start - odd, odd == 0 ? Map.of() : Map.of("odd", odd));
        return new ChunkOutcome(end - start, report, problems, end < job.progress().total() ? Optional.of(String.valueOf(end)) : Optional.empty());
    }

    @Override
    public JobNotice report(Job finished) {
        return new JobNotice("inbox.test." + finished.state(), List.of(String.valueOf(finished.report().succeeded()),
                String.valueOf(finished.report().skippedTotal())), "jobs");
    }
}
