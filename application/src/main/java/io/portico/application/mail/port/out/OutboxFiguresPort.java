package io.portico.application.mail.port.out;

import io.portico.application.mail.port.MailHealth;

/** Item 11: the outbox counted by state, one aggregate over its indexes. */
public interface OutboxFiguresPort {

    MailHealth figures();
}
