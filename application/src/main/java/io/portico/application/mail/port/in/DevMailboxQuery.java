package io.portico.application.mail.port.in;

import io.portico.application.mail.port.CapturedMail;
import java.util.List;

/** What the embedded development mail server caught; unavailable when a real server is used. */
public interface DevMailboxQuery {

    boolean available();

    /** Newest first. */
    List<CapturedMail> messages();
}
