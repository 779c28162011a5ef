package io.portico.domain.export;

/** Issue 14 item 3: an export's life — built by its job, then downloadable until it expires (or its job failed). */
public enum ExportState {
    BUILDING, READY, EXPIRED, FAILED
}
