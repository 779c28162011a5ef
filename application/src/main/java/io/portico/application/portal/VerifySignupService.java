package io.portico.application.portal;

import io.portico.application.portal.port.in.SignupOffer;
import io.portico.application.portal.port.in.VerifySignupUseCase;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/**
 * B9: the verification link's page. Confirming creates the client's account and portal user in one
 * transaction, which tells the team (B10); an address that became known meanwhile gets nothing.
 */
public final class VerifySignupService implements VerifySignupUseCase {

    private final SignupLinks links;
    private final KnownAddresses known;
    private final SelfSignedAccounts accounts;
    private final Transactions transactions;

    public VerifySignupService(SignupLinks links, KnownAddresses known, SelfSignedAccounts accounts, Transactions transactions) {
        this.links = links;
        this.known = known;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public Optional<SignupOffer> offer(SecretToken token) {
        return links.usable(token)
                .filter(signup -> !known.known(signup.request().email()))
                .map(signup -> new SignupOffer(signup.request().email(), signup.request().accountName().value()));
    }

    @Override
    public PortalUserId confirm(SecretToken token) {
        return transactions.inTransaction(() -> {
            PendingSignup signup = links.redeem(token)
                    .filter(redeemed -> !known.known(redeemed.request().email()))
                    .orElseThrow(LinkNoLongerValidException::new);
            return accounts.create(signup, signup.usedAt());
        });
    }
}
