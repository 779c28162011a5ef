package io.portico.domain.job;

/** How many of a job's items are done out of how many it has. */
public record JobProgress(int done, int total) {

    public JobProgress {
        if (total < 0 || done < 0 || done > total) {
            throw new IllegalArgumentException("progress " + done + "/" + total);
        }
    }

    public static JobProgress of(int total) {
        return new JobProgress(0, total);
    }

    /** More items done; never past the total, so a kind that over-counts cannot break the bar. */
    public JobProgress plus(int items) {
        if (items < 0) {
            throw new IllegalArgumentException("items " + items);
        }
        return new JobProgress(Math.min(total, done + items), total);
    }

    /** From 0 to 1, for a progress bar; an empty job counts as complete. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
