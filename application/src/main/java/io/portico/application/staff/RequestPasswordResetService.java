package io.portico.application.staff;

import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.RequestPasswordResetCommand;
import io.portico.application.staff.port.in.RequestPasswordResetUseCase;
import io.portico.application.staff.port.out.PasswordResetTicketPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffMember;
import java.time.Clock;
import java.util.Map;

public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final StaffPort staff;
    private final PasswordResetTicketPort tickets;
    private final MailQueue mail;
    private final Links links;
    private final Transactions transactions;
    private final Clock clock;

    public RequestPasswordResetService(StaffPort staff, PasswordResetTicketPort tickets, MailQueue mail, Links links,
                                       Transactions transactions, Clock clock) {
        this.staff = staff;
        this.tickets = tickets;
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
        tickets.save(PasswordResetTicket.issue(member.id(), token.hash(), clock.instant()));
        mail.queue(member.email(), MailTemplate.STAFF_PASSWORD_RESET, command.language(), Map.of(
                "firstName", member.name().first(),
                "link", links.staffPasswordReset(token),
                "validMinutes", PasswordResetTicket.VALIDITY.toMinutes()));
    }
}
