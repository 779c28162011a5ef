package io.portico.application.mail.port.out;

import io.portico.application.mail.port.CapturedMail;
import java.util.List;

/** The mails received by the embedded development mail server. */
public interface CapturedMailPort {

    List<CapturedMail> all();
}
