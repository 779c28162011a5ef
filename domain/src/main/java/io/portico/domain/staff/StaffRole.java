package io.portico.domain.staff;

/** What a staff member may do. Owners and admins may do everything. */
public enum StaffRole {
    OWNER, ADMIN, EMPLOYEE;

    public boolean administers() {
        return this != EMPLOYEE;
    }
}
