package io.portico.application.account.port.in;

import java.util.Locale;
import java.util.Objects;

/** B1: turning LOGIN on, staff chose <b>Send</b>: the invitation's personal message and the mail's language. */
public record InvitationRequest(String personalMessage, Locale language) {

    public InvitationRequest {
        Objects.requireNonNull(language, "language");
        personalMessage = personalMessage == null ? "" : personalMessage;
    }
}
