package io.portico.application.account.port.in;

/** B1: turning LOGIN on, staff chose <b>Send</b>, with the invitation's personal message (mailed in the contact's language). */
public record InvitationRequest(String personalMessage) {

    public InvitationRequest {
        personalMessage = personalMessage == null ? "" : personalMessage;
    }
}
