package io.portico.application.portal;

import io.portico.application.portal.port.in.SignUpCommand;
import io.portico.application.portal.port.in.SignUpUseCase;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.NotAllowedException;

/** B9: self-signup's form. Submitting it only mails the address; {@link VerifySignupService} creates the rest. */
public final class SignUpService implements SignUpUseCase {

    private final PortalSettingsPort settings;
    private final KnownAddresses known;
    private final SignupLinks links;
    private final PortalLinkMails mails;
    private final Transactions transactions;

    public SignUpService(PortalSettingsPort settings, KnownAddresses known, SignupLinks links, PortalLinkMails mails,
                         Transactions transactions) {
        this.settings = settings;
        this.known = known;
        this.links = links;
        this.mails = mails;
        this.transactions = transactions;
    }

    @Override
    public boolean open() {
        return settings.load().signupOpen();
    }

    @Override
    public void signUp(SignUpCommand command) {
        if (!open()) {
            throw new NotAllowedException("sign up");
        }
        transactions.inTransaction(() -> {
            SignupRequest request = command.request();
            if (known.known(request.email())) {
                mails.signupOfKnownAddress(request.email(), command.language());
            } else {
                links.mail(request, command.language());
            }
        });
    }
}
