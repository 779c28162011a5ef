package io.portico.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessReactionsTest {

    private final AccountId rossi = AccountId.random();
    private final Actor anna = Actor.staff(StaffId.random());
    private final Instant now = Instant.parse("2026-04-01T09:00:00Z");
    private final EmailAddress mario = new EmailAddress("mario@rossi.it");

    @Test
    void every_listener_hears_every_event_in_order_and_what_a_reaction_makes_happen_goes_round_too() {
        var voided = new AccessEvent.LinksVoided(rossi, anna, now, mario);
        var sent = new AccessEvent.InvitationSent(rossi, anna, now, mario);
        var activated = new AccessEvent.Activated(rossi, Actor.client(), now, mario);
        List<String> heard = new ArrayList<>();
        AccessEventListener inviter = event -> {
            heard.add("inviter " + event.getClass().getSimpleName());
            return event == voided ? List.of(sent) : List.of();
        };
        AccessEventListener history = event -> {
            heard.add("history " + event.getClass().getSimpleName());
            return List.of();
        };

        new AccessReactions(List.of(inviter, history)).on(List.of(voided, activated));

        assertThat(heard).containsExactly("inviter LinksVoided", "history LinksVoided", "inviter Activated", "history Activated",
                "inviter InvitationSent", "history InvitationSent");
    }
}
