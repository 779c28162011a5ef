package io.portico.application.retention.port.in;

import io.portico.domain.retention.Retention;

/** Issue 14, item 4: the retention periods in force: the firm's, or the defaults until it saves its own. */
public interface RetentionQuery {

    Retention retention();
}
