package io.portico.application.staff.port;

import io.portico.domain.account.AccountId;

/** G2: an account whose only active team member is being deactivated. */
public record AccountToReassign(AccountId id, String name) {
}
