package io.portico.application.mail.port.in;

import io.portico.application.mail.port.UndeliverableMail;
import java.util.List;

public interface UndeliverableMailQuery {

    List<UndeliverableMail> undeliverable();
}
