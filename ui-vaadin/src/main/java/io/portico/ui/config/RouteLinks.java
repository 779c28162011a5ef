package io.portico.ui.config;

import io.portico.application.shared.port.out.Links;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.SecretToken;
import io.portico.ui.account.AccountView;
import io.portico.ui.logo.FirmLogoController;
import io.portico.ui.portal.PortalRoutes;
import io.portico.ui.portal.SignupVerifyView;
import io.portico.ui.staff.ResetPasswordView;
import io.portico.ui.team.StaffInvitationView;
import org.springframework.stereotype.Component;

@Component
class RouteLinks implements Links {

    private final PublicUrl publicUrl;

    RouteLinks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public String staffPasswordReset(SecretToken token) {
        return publicUrl.base() + "/" + ResetPasswordView.ROUTE + "?" + ResetPasswordView.TOKEN + "=" + token.value();
    }

    @Override
    public String staffInvitation(SecretToken token) {
        return publicUrl.base() + "/" + StaffInvitationView.ROUTE + "?" + StaffInvitationView.TOKEN + "=" + token.value();
    }

    @Override
    public String portalActivation(SecretToken token) {
        return publicUrl.base() + "/" + PortalRoutes.ACTIVATE + "?" + PortalRoutes.TOKEN + "=" + token.value();
    }

    @Override
    public String portalSignupVerification(SecretToken token) {
        return publicUrl.base() + "/" + SignupVerifyView.ROUTE + "?" + SignupVerifyView.TOKEN + "=" + token.value();
    }

    @Override
    public String portalLogin() {
        return publicUrl.base() + "/" + PortalRoutes.LOGIN;
    }

    @Override
    public String accountPath(AccountId account) {
        return "account/" + account.value();
    }

    @Override
    public String accountMessagesPath(AccountId account) {
        return accountPath(account) + "?" + AccountView.TAB + "=" + AccountView.MESSAGES_TAB;
    }

    @Override
    public String absolute(String path) {
        return publicUrl.base() + "/" + path;
    }

    @Override
    public String portalPasswordReset(SecretToken token) {
        return publicUrl.base() + "/" + PortalRoutes.RESET_PASSWORD + "?" + PortalRoutes.TOKEN + "=" + token.value();
    }

    @Override
    public String firmLogo(long version) {
        return publicUrl.base() + FirmLogoController.src(version);
    }
}
