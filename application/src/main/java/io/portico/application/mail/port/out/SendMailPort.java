package io.portico.application.mail.port.out;

/** Hands one mail to the mail server. */
public interface SendMailPort {

    /** @throws MailDeliveryException when the server cannot be reached or refuses the mail */
    void send(OutgoingMail mail);

    final class MailDeliveryException extends RuntimeException {

        public MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
