package io.portico.application.mail.port.in;

import java.util.List;

public interface UndeliverableMailQuery {

    List<UndeliverableMail> undeliverable();
}
