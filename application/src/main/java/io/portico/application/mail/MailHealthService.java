package io.portico.application.mail;

import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.in.MailHealthQuery;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.mail.port.out.WhoAdministers;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;

/** Item 11: the outbox's figures for the admins' part of the Home dashboard; the role is checked on every read. */
public final class MailHealthService implements MailHealthQuery {

    private final OutboxFiguresPort outbox;
    private final WhoAdministers administrators;

    public MailHealthService(OutboxFiguresPort outbox, WhoAdministers administrators) {
        this.outbox = outbox;
        this.administrators = administrators;
    }

    @Override
    public MailHealth health(StaffId viewer) {
        if (!administrators.administers(viewer)) {
            throw new NotAllowedException("read mail delivery health");
        }
        return outbox.figures();
    }
}
