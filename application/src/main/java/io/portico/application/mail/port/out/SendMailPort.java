package io.portico.application.mail.port.out;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hands mails to the mail server. */
public interface SendMailPort {

    /** @throws MailDeliveryException when the server cannot be reached or refuses the mail */
    void send(OutgoingMail mail);

    /**
     * Sends each mail, over one connection where the transport allows it (a dispatcher's batch should not pay
     * for a connection per mail), each mail succeeding or failing on its own.
     *
     * @return why each mail that was not sent failed, by its position in {@code mails}; empty when all were sent
     */
    default Map<Integer, RuntimeException> sendAll(List<OutgoingMail> mails) {
        Map<Integer, RuntimeException> failed = new HashMap<>();
        for (int i = 0; i < mails.size(); i++) {
            try {
                send(mails.get(i));
            } catch (RuntimeException e) { // one bad mail must not stop the others
                failed.put(i, e);
            }
        }
        return failed;
    }

    final class MailDeliveryException extends RuntimeException {

        public MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
