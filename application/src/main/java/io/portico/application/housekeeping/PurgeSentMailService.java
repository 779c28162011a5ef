package io.portico.application.housekeeping;

import io.portico.application.housekeeping.port.in.PurgeSentMailUseCase;
import io.portico.application.mail.port.out.MailOutboxPort;
import java.time.Clock;
import java.time.Duration;

/**
 * A sent mail's row (recipient, subject, times; its body went at sending) answers "was it sent?" for a
 * while, then goes: the outbox is no archive of whom the firm wrote to.
 */
public final class PurgeSentMailService implements PurgeSentMailUseCase {

    private final MailOutboxPort outbox;
    private final Duration keep;
    private final Clock clock;

    /** @param keep how long after sending a row stays; at least a day */
    public PurgeSentMailService(MailOutboxPort outbox, Duration keep, Clock clock) {
        if (keep.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("sent mail is kept at least a day, not " + keep);
        }
        this.outbox = outbox;
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public int purge() {
        return outbox.deleteSentBefore(clock.instant().minus(keep));
    }
}
