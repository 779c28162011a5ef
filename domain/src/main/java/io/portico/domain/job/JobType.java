package io.portico.domain.job;

/** What a job does; each type has one kind in the application that runs its chunks. */
public enum JobType {
    BULK_EMAIL
}
