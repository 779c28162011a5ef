package io.portico.application.mail.port.in;

import io.portico.application.mail.port.CapturedMail;
import io.portico.domain.staff.StaffId;
import java.util.List;

/**
 * What the embedded development mail server caught; unavailable when a real server is used or the
 * development switch is off.
 */
public interface DevMailboxQuery {

    boolean available();

    /**
     * Newest first.
     *
     * @throws io.portico.domain.shared.NotAllowedException unless {@code viewer} is an active owner or admin
     */
    List<CapturedMail> messages(StaffId viewer);
}
