package io.portico.application.portal;

import io.portico.application.portal.port.in.SignupOffer;
import io.portico.application.portal.port.in.VerifySignupUseCase;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/**
 * B9: the verification link's page. Confirming sets the password and creates the client's account and
 * portal user in one transaction, which tells the team (B10); an address that became known meanwhile gets
 * nothing, and nothing is created once the firm closed sign-up (issue 10, item 20).
 */
public final class VerifySignupService implements VerifySignupUseCase {

    private final PortalSettingsPort settings;
    private final SignupLinks links;
    private final KnownAddresses known;
    private final SelfSignedAccounts accounts;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public VerifySignupService(PortalSettingsPort settings, SignupLinks links, KnownAddresses known, SelfSignedAccounts accounts,
                               PasswordHasher hasher, Transactions transactions) {
        this.settings = settings;
        this.links = links;
        this.known = known;
        this.accounts = accounts;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    @Override
    public boolean open() {
        return settings.load().signupOpen();
    }

    @Override
    public Optional<SignupOffer> offer(SecretToken token) {
        return links.usable(token)
                .filter(signup -> open() && !known.known(signup.request().email()))
                .map(signup -> new SignupOffer(signup.request().email(), signup.request().accountName().value()));
    }

    @Override
    public PortalUserId confirm(SecretToken token, String password) {
        if (!open()) {
            throw new NotAllowedException("sign up");
        }
        links.usable(token).orElseThrow(LinkNoLongerValidException::new).request().checkPassword(password);
        String passwordHash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            PendingSignup signup = links.redeem(token)
                    .filter(redeemed -> !known.known(redeemed.request().email()))
                    .orElseThrow(LinkNoLongerValidException::new);
            return accounts.create(signup, passwordHash, signup.usedAt());
        });
    }
}
