package io.portico.application.job.port;

/** Issue 14 item 7: the jobs waiting, running, and failed lately, for the admins' health on Home. */
public record JobFigures(long queued, long running, long failed) {

    public JobFigures {
        if (queued < 0 || running < 0 || failed < 0) {
            throw new IllegalArgumentException("queued " + queued + ", running " + running + ", failed " + failed);
        }
    }
}
