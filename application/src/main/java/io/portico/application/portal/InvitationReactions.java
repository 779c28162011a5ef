package io.portico.application.portal;

import io.portico.application.access.AccessEventListener;
import io.portico.application.account.port.out.AccountPort;
import io.portico.domain.account.access.AccessEvent;
import java.util.List;

/**
 * B1, B5, B6: LOGIN on with an invitation asked for mails the link; a change that leaves an address's
 * links for an account granting nothing voids them — for that account only.
 */
public final class InvitationReactions implements AccessEventListener {

    private final Invitations invitations;
    private final AccountPort accounts;

    public InvitationReactions(Invitations invitations, AccountPort accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @Override
    public List<AccessEvent> on(AccessEvent event) {
        return switch (event) {
            case AccessEvent.LoginTurnedOn on when on.invite().isPresent() && on.by().staff().isPresent() ->
                    accounts.find(on.account()).map(account -> List.<AccessEvent>of(sentAs(on, invitations.send(account, on.email(),
                            on.invite().get().personalMessage(), on.by().staff().get(), on.at()))))
                            .orElse(List.of());
            case AccessEvent.LinksVoided voided -> {
                invitations.voidLinks(voided.account(), voided.email(), voided.at());
                yield List.of();
            }
            default -> List.of();
        };
    }

    /** The invitation is recorded as the change that asked for it was: a bulk job's invitation names the job. */
    private static AccessEvent sentAs(AccessEvent.LoginTurnedOn on, AccessEvent.InvitationSent sent) {
        return new AccessEvent.InvitationSent(sent.account(), on.by(), sent.at(), sent.email());
    }
}
