package io.portico.application.twofactor;

import io.portico.application.staff.Administrators;
import io.portico.application.twofactor.port.in.ChangeSignInSecurityCommand;
import io.portico.application.twofactor.port.in.ChangeSignInSecurityUseCase;
import io.portico.application.twofactor.port.in.SignInSecurityQuery;
import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.twofactor.TwoFactorRequirement;

/** The firm's two-factor requirement; only active owners and admins change it. */
public final class SignInSecurityService implements SignInSecurityQuery, ChangeSignInSecurityUseCase {

    private final SignInSecurityPort settings;
    private final Administrators administrators;

    public SignInSecurityService(SignInSecurityPort settings, Administrators administrators) {
        this.settings = settings;
        this.administrators = administrators;
    }

    @Override
    public TwoFactorRequirement twoFactorRequirement() {
        return settings.twoFactorRequirement();
    }

    @Override
    public void change(ChangeSignInSecurityCommand command) {
        administrators.require(command.actor(), "change sign-in security");
        settings.changeTwoFactorRequirement(command.requirement());
    }
}
