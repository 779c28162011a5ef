package io.portico.application.staff.port.in;

/** What the page of a working staff invitation shows. */
public record StaffInvitationOffer(String firstName, String email) {
}
