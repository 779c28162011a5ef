package io.portico.application.shared;

import io.portico.application.shared.port.out.Links;
import io.portico.domain.shared.SecretToken;

public final class FixedLinks implements Links {

    public static final String BASE = "https://portico.test";

    @Override
    public String staffPasswordReset(SecretToken token) {
        return BASE + "/reset-password?token=" + token.value();
    }

    @Override
    public String staffInvitation(SecretToken token) {
        return BASE + "/join?token=" + token.value();
    }

    @Override
    public String portalActivation(SecretToken token) {
        return BASE + "/portal/activate?token=" + token.value();
    }

    @Override
    public String portalSignupVerification(SecretToken token) {
        return BASE + "/portal/signup/verify?token=" + token.value();
    }

    @Override
    public String portalLogin() {
        return BASE + "/portal/login";
    }

    @Override
    public String accountPath(io.portico.domain.account.AccountId account) {
        return "account/" + account.value();
    }

    @Override
    public String accountMessagesPath(io.portico.domain.account.AccountId account) {
        return "account/" + account.value() + "?tab=messages";
    }

    @Override
    public String absolute(String path) {
        return BASE + "/" + path;
    }

    @Override
    public String portalPasswordReset(SecretToken token) {
        return BASE + "/portal/reset-password?token=" + token.value();
    }

    @Override
    public String firmLogo(long version) {
        return BASE + "/firm-logo?v=" + version;
    }
}
