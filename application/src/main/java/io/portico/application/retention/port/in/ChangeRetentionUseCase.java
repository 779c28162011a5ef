package io.portico.application.retention.port.in;

/** Issue 14, item 4: Settings → Retention, for owners and admins. */
public interface ChangeRetentionUseCase {

    void change(ChangeRetentionCommand command);
}
