package io.portico.domain.staff;

/**
 * Where a staff member stands (G2): invited until they set a password from their invitation, active
 * while they may sign in, deactivated once they may not. The row is never deleted: histories name it.
 */
public enum StaffStatus {
    INVITED, ACTIVE, DEACTIVATED
}
