package io.portico.application.staff.port.in;

/** G2: changes a member's role and rights; their open sessions end, so the change holds at their next click. */
public interface ChangeStaffRoleUseCase {

    void change(ChangeStaffRoleCommand command);
}
