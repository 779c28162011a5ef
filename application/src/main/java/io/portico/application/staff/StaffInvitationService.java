package io.portico.application.staff;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.AcceptStaffInvitationCommand;
import io.portico.application.staff.port.in.AcceptStaffInvitationUseCase;
import io.portico.application.staff.port.in.InviteStaffCommand;
import io.portico.application.staff.port.in.InviteStaffUseCase;
import io.portico.application.staff.port.in.ResendStaffInvitationUseCase;
import io.portico.application.staff.port.in.RevokeStaffInvitationUseCase;
import io.portico.application.staff.port.in.StaffInvitationOffer;
import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.application.staff.port.out.FirmNamePort;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.TeamSettingsPort;
import io.portico.domain.firm.FirmName;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * G2: staff invitations. The link is the one mailed-link type with purpose STAFF_INVITATION, held by
 * the invited member's id: a newer mailing voids the older, a revoke voids it, accepting uses it up.
 */
public final class StaffInvitationService implements InviteStaffUseCase, ResendStaffInvitationUseCase,
        RevokeStaffInvitationUseCase, AcceptStaffInvitationUseCase {

    /** The ports an invitation goes through. */
    public record Ports(StaffPort staff, StaffLanguagePort languages, MailedLinkPort links, TeamSettingsPort settings,
                        FirmNamePort firm, CredentialEpochPort epochs) {
    }

    private final Ports ports;
    private final TeamMembers members;
    private final StaffPasswords passwords;
    private final MailQueue mail;
    private final Links pages;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public StaffInvitationService(Ports ports, MailQueue mail, Links pages, PasswordHasher hasher, Transactions transactions,
                                  Clock clock) {
        this.ports = ports;
        this.members = new TeamMembers(ports.staff());
        this.passwords = new StaffPasswords(ports.firm(), member -> false);
        this.mail = mail;
        this.pages = pages;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StaffId invite(InviteStaffCommand command) {
        StaffMember actor = members.administrator(command.actor());
        StaffMember invited = StaffMember.invited(command.name(), command.email(), command.role());
        return transactions.inTransaction(() -> {
            ports.staff().addInvited(invited);
            ports.staff().grantRights(invited.id(), command.rights());
            ports.languages().remember(invited.id(), command.language());
            send(actor, invited, command.language());
            return invited.id();
        });
    }

    @Override
    public void resend(StaffId actorId, StaffId memberId) {
        StaffMember actor = members.administrator(actorId);
        transactions.inTransaction(() -> {
            StaffMember invited = invited(memberId);
            send(actor, invited, ports.languages().language(invited.id()).orElse(Locale.ENGLISH));
        });
    }

    @Override
    public void revoke(StaffId actorId, StaffId memberId) {
        members.administrator(actorId);
        transactions.inTransaction(() -> {
            StaffMember invited = invited(memberId);
            ports.links().voidOpen(LinkPurpose.STAFF_INVITATION, holder(invited.id()), clock.instant());
            ports.staff().removeInvited(invited.id());
        });
    }

    @Override
    public Optional<StaffInvitationOffer> open(SecretToken token) {
        return usableLink(token).flatMap(this::invitee).map(member -> new StaffInvitationOffer(member.name().first(), member.email().value()));
    }

    @Override
    public StaffSignIn accept(AcceptStaffInvitationCommand command) {
        StaffMember invitee = usableLink(command.token()).flatMap(this::invitee).orElseThrow(LinkNoLongerValidException::new);
        passwords.checkFirst("password", command.password(), invitee); // a second factor comes after the password
        // hashed before the transaction: a slow hash must not hold the member's row locked
        String passwordHash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            StaffMember member = ports.links().redeem(LinkPurpose.STAFF_INVITATION, command.token().hash(), now)
                    .flatMap(this::invitee)
                    .orElseThrow(LinkNoLongerValidException::new);
            StaffMember active = member.withStatus(StaffStatus.ACTIVE);
            ports.staff().changePasswordHash(member.id(), passwordHash);
            ports.staff().save(active);
            ports.staff().recordSignIn(member.id(), now);
            return StaffSignIn.of(active, ports.epochs().epoch(new CredentialHolder.Staff(member.id())));
        });
    }

    private Optional<MailedLink> usableLink(SecretToken token) {
        return ports.links().find(LinkPurpose.STAFF_INVITATION, token.hash()).filter(link -> link.usableAt(clock.instant()));
    }

    private Optional<StaffMember> invitee(MailedLink link) {
        return ports.staff().findById(new StaffId(link.holder().id())).filter(member -> member.status() == StaffStatus.INVITED);
    }

    private StaffMember invited(StaffId id) {
        StaffMember member = members.member(id);
        if (member.status() != StaffStatus.INVITED) {
            throw new InvalidInputException("member", "team.not-invited");
        }
        return member;
    }

    private void send(StaffMember actor, StaffMember invited, Locale language) {
        SecretToken token = SecretToken.generate();
        InvitationValidity validity = ports.settings().staffInvitationValidity();
        ports.links().issue(MailedLink.issue(token.hash(), LinkPurpose.STAFF_INVITATION, holder(invited.id()), clock.instant(),
                validity.duration()));
        mail.queue(invited.email(), MailTemplate.STAFF_INVITATION, language, Map.of(
                "firstName", invited.name().first(),
                "invitedBy", actor.name().full(),
                "firmName", ports.firm().firmName().map(FirmName::value).orElse("Portico"),
                "link", pages.staffInvitation(token),
                "validDays", validity.days()));
    }

    private static LinkHolder holder(StaffId id) {
        return LinkHolder.of(id.value());
    }
}
