package io.portico.ui.team;

import io.portico.application.staff.port.in.ChangeStaffRoleUseCase;
import io.portico.application.staff.port.in.DeactivateStaffUseCase;
import io.portico.application.staff.port.in.HandOwnershipUseCase;
import io.portico.application.staff.port.in.InviteStaffUseCase;
import io.portico.application.staff.port.in.ReactivateStaffUseCase;
import io.portico.application.staff.port.in.ResendStaffInvitationUseCase;
import io.portico.application.staff.port.in.RevokeStaffInvitationUseCase;
import io.portico.application.staff.port.in.SetStaffInvitationValidityUseCase;
import io.portico.application.staff.port.in.TeamQuery;
import io.portico.application.twofactor.port.in.ResetSecondFactorsUseCase;
import org.springframework.stereotype.Component;

/** What the Team page can do, one use case per intent, handed to the page as one. */
@Component
public record TeamActions(TeamQuery query, InviteStaffUseCase invite, ResendStaffInvitationUseCase resend,
                          RevokeStaffInvitationUseCase revoke, ChangeStaffRoleUseCase changeRole, HandOwnershipUseCase handOwnership,
                          DeactivateStaffUseCase deactivate, ReactivateStaffUseCase reactivate,
                          SetStaffInvitationValidityUseCase setValidity, ResetSecondFactorsUseCase resetTwoFactor) {
}
