package io.portico.application.staff;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.RequestPasswordResetCommand;
import io.portico.application.staff.port.in.RequestPasswordResetUseCase;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import java.time.Clock;
import java.util.Map;

/** G1: a reset link for an active staff member's address; a newer one voids the older ones. */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final StaffPort staff;
    private final MailedLinkPort mailedLinks;
    private final MailQueue mail;
    private final Links links;
    private final Transactions transactions;
    private final Clock clock;

    public RequestPasswordResetService(StaffPort staff, MailedLinkPort mailedLinks, MailQueue mail, Links links,
                                       Transactions transactions, Clock clock) {
        this.staff = staff;
        this.mailedLinks = mailedLinks;
        this.mail = mail;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void requestReset(RequestPasswordResetCommand command) {
        transactions.inTransaction(() -> staff.findByEmail(command.email())
                .filter(StaffMember::active)
                .ifPresent(member -> sendLink(member, command)));
    }

    private void sendLink(StaffMember member, RequestPasswordResetCommand command) {
        SecretToken token = SecretToken.generate();
        mailedLinks.issue(MailedLink.issue(token.hash(), LinkPurpose.STAFF_PASSWORD_RESET, LinkHolder.of(member.id().value()),
                clock.instant()));
        mail.queue(member.email(), MailTemplate.STAFF_PASSWORD_RESET, command.language(), Map.of(
                "firstName", member.name().first(),
                "link", links.staffPasswordReset(token),
                "validMinutes", LinkPurpose.STAFF_PASSWORD_RESET.validity().toMinutes()));
    }
}
