package io.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.shared.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailedLinkTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T10:00:00Z");
    private static final LinkHolder ANNA = LinkHolder.of(UUID.fromString("6f1c2a0e-3b7d-4c59-9a1e-2d4b8c7f0a11"));

    private final MailedLink link = MailedLink.issue(hash(), LinkPurpose.STAFF_PASSWORD_RESET, ANNA, ISSUED);

    private static TokenHash hash() {
        return SecretToken.generate().hash();
    }

    @Test
    void G1_B11_a_reset_link_works_for_one_hour_and_not_from_the_instant_it_expires() {
        assertThat(link.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(1)));
        assertThat(link.usableAt(ISSUED)).isTrue();
        assertThat(link.usableAt(link.expiresAt().minusNanos(1))).isTrue();
        assertThat(link.usableAt(link.expiresAt())).isFalse();
        assertThat(link.expiredAt(link.expiresAt().minusNanos(1))).isFalse();
        assertThat(link.expiredAt(link.expiresAt())).isTrue();
        assertThat(link.expiredAt(link.expiresAt().plusSeconds(1))).isTrue();
    }

    @Test
    void each_purpose_has_its_usual_validity_and_a_chosen_one_replaces_it() {
        assertThat(LinkPurpose.STAFF_PASSWORD_RESET.validity()).isEqualTo(Duration.ofHours(1));
        assertThat(LinkPurpose.PORTAL_PASSWORD_RESET.validity()).isEqualTo(Duration.ofHours(1));
        assertThat(LinkPurpose.SIGNUP_VERIFICATION.validity()).isEqualTo(Duration.ofHours(24));
        assertThat(LinkPurpose.PORTAL_INVITATION.validity()).isEqualTo(Duration.ofDays(7));
        assertThat(LinkPurpose.STAFF_INVITATION.validity()).isEqualTo(Duration.ofDays(7));
        var chosen = MailedLink.issue(hash(), LinkPurpose.PORTAL_INVITATION, ANNA, ISSUED, Duration.ofDays(30));
        assertThat(chosen.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(30)));
        assertThat(chosen.issuedAt()).isEqualTo(ISSUED);
        assertThat(chosen.usedAt()).isNull();
        assertThat(chosen.voidedAt()).isNull();
    }

    @Test
    void a_link_is_redeemed_once_at_the_moment_it_is_used() {
        var used = link.redeemAt(ISSUED.plusSeconds(5)).orElseThrow();
        assertThat(used.usedAt()).isEqualTo(ISSUED.plusSeconds(5));
        assertThat(used.voidedAt()).isNull();
        assertThat(used.tokenHash()).isEqualTo(link.tokenHash());
        assertThat(used.purpose()).isEqualTo(link.purpose());
        assertThat(used.holder()).isEqualTo(ANNA);
        assertThat(used.issuedAt()).isEqualTo(ISSUED);
        assertThat(used.expiresAt()).isEqualTo(link.expiresAt());
        assertThat(used.closed()).isTrue();
        assertThat(used.usableAt(ISSUED.plusSeconds(6))).isFalse();
        assertThat(used.redeemAt(ISSUED.plusSeconds(6))).isEmpty();
    }

    @Test
    void an_expired_link_is_not_redeemed_from_the_instant_it_expires() {
        assertThat(link.redeemAt(link.expiresAt())).isEmpty();
        assertThat(link.redeemAt(link.expiresAt().minusNanos(1))).isPresent();
    }

    @Test
    void a_voided_link_never_works_again_and_keeps_the_moment_it_first_closed() {
        var voided = link.voidAt(ISSUED.plusSeconds(1));
        assertThat(voided.voidedAt()).isEqualTo(ISSUED.plusSeconds(1));
        assertThat(voided.usedAt()).isNull();
        assertThat(voided.closed()).isTrue();
        assertThat(voided.usableAt(ISSUED.plusSeconds(2))).isFalse();
        assertThat(voided.redeemAt(ISSUED.plusSeconds(2))).isEmpty();
        assertThat(voided.voidAt(ISSUED.plusSeconds(30))).isSameAs(voided);
        var used = link.redeemAt(ISSUED.plusSeconds(3)).orElseThrow();
        assertThat(used.voidAt(ISSUED.plusSeconds(4))).as("a used link stays used").isSameAs(used);
    }

    @Test
    void a_newer_link_of_the_same_purpose_for_the_same_person_voids_the_older_open_one() {
        var newer = MailedLink.issue(hash(), LinkPurpose.STAFF_PASSWORD_RESET, ANNA, ISSUED.plusSeconds(5));
        assertThat(link.voidedBy(newer)).isTrue();
        assertThat(newer.voidedBy(link)).as("using the older one voids the newer too").isTrue();
    }

    @Test
    void a_link_is_not_voided_by_itself_by_another_person_or_purpose_nor_once_closed() {
        var copy = new MailedLink(link.tokenHash(), link.purpose(), ANNA, ISSUED.plusSeconds(1), link.expiresAt(), null, null);
        assertThat(link.voidedBy(copy)).isFalse();
        assertThat(link.voidedBy(MailedLink.issue(hash(), LinkPurpose.STAFF_PASSWORD_RESET, LinkHolder.of(UUID.randomUUID()), ISSUED)))
                .isFalse();
        assertThat(link.voidedBy(MailedLink.issue(hash(), LinkPurpose.STAFF_INVITATION, ANNA, ISSUED))).isFalse();
        var newer = MailedLink.issue(hash(), LinkPurpose.STAFF_PASSWORD_RESET, ANNA, ISSUED);
        assertThat(link.voidAt(ISSUED).voidedBy(newer)).isFalse();
        assertThat(link.redeemAt(ISSUED).orElseThrow().voidedBy(newer)).isFalse();
    }

    @Test
    void dead_links_are_purged_but_invitations_are_kept_as_history() {
        var expiry = link.expiresAt();
        assertThat(link.deadAt(expiry.minusNanos(1))).isFalse();
        assertThat(link.deadAt(expiry)).isTrue();
        assertThat(link.redeemAt(ISSUED).orElseThrow().deadAt(ISSUED)).isTrue();
        assertThat(link.voidAt(ISSUED).deadAt(ISSUED)).isTrue();
        var invitation = MailedLink.issue(hash(), LinkPurpose.PORTAL_INVITATION, ANNA, ISSUED);
        assertThat(invitation.deadAt(invitation.expiresAt())).isFalse();
        assertThat(invitation.voidAt(ISSUED).deadAt(ISSUED)).isFalse();
        assertThat(LinkPurpose.STAFF_INVITATION.keptWhenDead()).isTrue();
        assertThat(LinkPurpose.PORTAL_PASSWORD_RESET.keptWhenDead()).isFalse();
        assertThat(LinkPurpose.SIGNUP_VERIFICATION.keptWhenDead()).isFalse();
    }

    @Test
    void a_link_needs_its_hash_purpose_holder_and_times() {
        var hash = hash();
        assertThatThrownBy(() -> new MailedLink(null, LinkPurpose.STAFF_PASSWORD_RESET, ANNA, ISSUED, ISSUED, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("tokenHash");
        assertThatThrownBy(() -> new MailedLink(hash, null, ANNA, ISSUED, ISSUED, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("purpose");
        assertThatThrownBy(() -> new MailedLink(hash, LinkPurpose.STAFF_PASSWORD_RESET, null, ISSUED, ISSUED, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("holder");
        assertThatThrownBy(() -> new MailedLink(hash, LinkPurpose.STAFF_PASSWORD_RESET, ANNA, null, ISSUED, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("issuedAt");
        assertThatThrownBy(() -> new MailedLink(hash, LinkPurpose.STAFF_PASSWORD_RESET, ANNA, ISSUED, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("expiresAt");
    }

    @Test
    void a_holder_is_a_persons_id_or_an_address_whatever_its_case() {
        UUID id = UUID.randomUUID();
        assertThat(LinkHolder.of(id).id()).isEqualTo(id);
        assertThat(LinkHolder.of(new EmailAddress("Mario@Rossi.it"))).isEqualTo(LinkHolder.of(new EmailAddress("mario@rossi.IT")));
        assertThat(LinkHolder.of(new EmailAddress("Mario@Rossi.it")).key()).isEqualTo("mario@rossi.it");
        assertThatThrownBy(() -> new LinkHolder(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkHolder(null)).isInstanceOf(NullPointerException.class);
    }
}
