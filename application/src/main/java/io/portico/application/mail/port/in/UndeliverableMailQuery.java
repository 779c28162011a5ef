package io.portico.application.mail.port.in;

import io.portico.application.mail.port.out.MailOutboxPort.UndeliverableMail;
import java.util.List;

public interface UndeliverableMailQuery {

    List<UndeliverableMail> undeliverable();
}
