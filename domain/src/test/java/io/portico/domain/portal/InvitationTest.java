package io.portico.domain.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
    private final Invitation invitation = LoginStateTest.invitation(SENT);

    @Test
    void B2_a_link_works_until_the_firms_expiry() {
        assertThat(invitation.usableAt(SENT.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
        assertThat(invitation.usableAt(SENT.plus(Duration.ofDays(7)))).isFalse();
    }

    @Test
    void B2_a_used_link_never_works_again() {
        var used = invitation.with(invitation.link().redeemAt(SENT.plusSeconds(5)).orElseThrow());
        assertThat(used.usableAt(SENT.plusSeconds(6))).isFalse();
        assertThat(used.voided()).isTrue();
        assertThat(used.usedAt()).isEqualTo(SENT.plusSeconds(5));
        assertThat(used.voidedAt()).isNull();
        assertThat(used.tokenHash()).isEqualTo(invitation.tokenHash());
    }

    @Test
    void B3_a_voided_link_never_works_again() {
        var voided = LoginStateTest.withVoidedAt(invitation, SENT.plusSeconds(1));
        assertThat(voided.usableAt(SENT.plusSeconds(2))).isFalse();
        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidedAt()).isEqualTo(SENT.plusSeconds(1));
        assertThat(invitation.voided()).isFalse();
    }

    @Test
    void B2_an_invitation_is_a_portal_invitation_link_held_by_its_address() {
        var link = invitation.link();
        var otherAddress = new MailedLink(link.tokenHash(), link.purpose(),
                LinkHolder.of(new EmailAddress("someone@else.it")), SENT,
                link.expiresAt(), null, null);
        var otherPurpose = new MailedLink(link.tokenHash(), LinkPurpose.STAFF_INVITATION,
                link.holder(), SENT, link.expiresAt(), null, null);
        assertThatThrownBy(() -> invitation.with(otherAddress)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invitation.with(otherPurpose)).isInstanceOf(IllegalArgumentException.class);
        assertThat(invitation.sentAt()).isEqualTo(SENT);
        assertThat(invitation.expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(7)));
        assertThat(Invitation.send(invitation.tokenHash(), invitation.account(), invitation.email(), null, invitation.invitedBy(), SENT,
                InvitationValidity.DEFAULT).personalMessage()).isEmpty();
        assertThatThrownBy(() -> new Invitation(null, invitation.account(), invitation.email(), "", invitation.invitedBy()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Invitation(link, null, invitation.email(), "", invitation.invitedBy()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Invitation(link, invitation.account(), null, "", invitation.invitedBy()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Invitation(link, invitation.account(), invitation.email(), "", null))
                .isInstanceOf(NullPointerException.class);
        assertThat(invitation.expiredAt(SENT.plus(Duration.ofDays(7)))).isTrue();
        assertThat(invitation.expiredAt(SENT.plus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
    }

    @Test
    void B2_the_firm_sets_how_long_links_work_between_one_and_ninety_days() {
        assertThat(new InvitationValidity(1).duration()).isEqualTo(Duration.ofDays(1));
        assertThat(new InvitationValidity(InvitationValidity.MAX_DAYS).duration()).isEqualTo(Duration.ofDays(90));
        assertThat(InvitationValidity.DEFAULT.days()).isEqualTo(7);
        assertThatThrownBy(() -> new InvitationValidity(0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("invitationValidity"));
        assertThatThrownBy(() -> new InvitationValidity(91)).isInstanceOf(InvalidInputException.class);
    }
}
