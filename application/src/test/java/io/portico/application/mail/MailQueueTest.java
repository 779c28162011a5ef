package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.firm.InMemoryFirms;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.FixedLinks;
import io.portico.domain.firm.AccentColor;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailQueueTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final EmailAddress CLIENT = new EmailAddress("marco@cliente.it");
    private static final EmailAddress REPLY_TO = new EmailAddress("studio@bianchi.it");
    private static final EmailAddress ARCHIVE = new EmailAddress("archivio@bianchi.it");

    private final InMemoryFirms firms = new InMemoryFirms();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MailQueue queue = new MailQueue(new FakeMailRenderer(), outbox, firms, new FixedLinks(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void firm() {
        firms.create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), NOW));
    }

    private void identity(boolean copies, Optional<EmailAddress> copyAddress) {
        var identity = firms.identity().orElseThrow();
        firms.save(new FirmIdentity(new FirmName("Studio Bianchi"), new AccentColor("#aa3300"),
                new PostalAddress("Via Roma 1", "20100", "Milano", "", "Italia"), "+39 02 123", Optional.of(REPLY_TO), Language.IT,
                copies, copyAddress, false, identity.version()), StaffId.random(), NOW);
    }

    private OutgoingMail only() {
        assertThat(outbox.queued()).hasSize(1);
        return outbox.queued().getFirst();
    }

    @Test
    void issue11_a_client_mail_is_framed_with_the_firms_identity_and_replies_go_to_the_firm() {
        identity(false, Optional.empty());

        queue.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of("link", "x"));

        OutgoingMail mail = only();
        assertThat(mail.textBody()).contains("firm={", "name=Studio Bianchi", "accent=#aa3300", "address=Via Roma 1, 20100 Milano, Italia",
                "phone=+39 02 123", "replyTo=studio@bianchi.it", "logoUrl=null", "link=x");
        assertThat(mail.replyTo()).contains(REPLY_TO);
    }

    @Test
    void issue11_the_logo_is_linked_by_an_address_that_changes_with_each_new_logo() {
        firms.saveLogo(Optional.of(FirmLogo.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})), StaffId.random(), NOW);

        queue.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of());

        assertThat(only().textBody()).contains("logoUrl=" + FixedLinks.BASE + "/firm-logo?v=1");
    }

    @Test
    void issue11_a_client_mail_without_a_firm_reply_to_has_none() {
        queue.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of());

        assertThat(only().replyTo()).isEmpty();
        assertThat(only().textBody()).contains("name=Studio Bianchi");
    }

    @Test
    void issue11_a_rename_shows_in_the_next_mail() {
        var identity = firms.identity().orElseThrow();
        firms.save(new FirmIdentity(new FirmName("Bianchi & Partners"), null, null, "", Optional.empty(), Language.EN, false,
                Optional.empty(), false, identity.version()), StaffId.random(), NOW);

        queue.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of());

        assertThat(only().textBody()).contains("name=Bianchi & Partners");
    }

    @Test
    void issue11_staff_mails_carry_no_firm_frame_no_reply_to_and_no_copy() {
        identity(true, Optional.of(ARCHIVE));

        queue.queue(new EmailAddress("anna@bianchi.it"), MailTemplate.TEAM_ASSIGNED, Locale.ITALIAN, Map.of("link", "x"));

        assertThat(only().textBody()).doesNotContain("firm=");
        assertThat(only().replyTo()).isEmpty();
    }

    @Test
    void C4_with_copies_on_the_firm_gets_the_same_mail_with_its_files_at_its_copy_address() {
        identity(true, Optional.of(ARCHIVE));
        var file = new FileAttachment("a.pdf", "application/pdf", new byte[] {1});

        var id = queue.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of(), List.of(file));

        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsExactly(CLIENT, ARCHIVE);
        OutgoingMail copy = outbox.queued().get(1);
        assertThat(copy.textBody()).isEqualTo(outbox.queued().getFirst().textBody());
        assertThat(copy.attachments()).containsExactly(file);
        assertThat(copy.replyTo()).contains(REPLY_TO);
        assertThat(outbox.queued()).hasSize(2);
        assertThat(id).isNotNull();
    }

    @Test
    void C4_without_a_copy_address_the_copy_goes_to_the_reply_to_address() {
        identity(true, Optional.empty());

        queue.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of());

        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsExactly(CLIENT, REPLY_TO);
    }

    @Test
    void C4_with_copies_off_only_the_client_gets_the_mail() {
        identity(false, Optional.of(ARCHIVE));

        queue.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of());

        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsExactly(CLIENT);
    }

    @Test
    void C4_a_mail_to_the_copy_address_itself_is_not_copied_to_it_again() {
        identity(true, Optional.of(ARCHIVE));

        queue.queue(ARCHIVE, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of());

        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsExactly(ARCHIVE);
    }

    @Test
    void C4_mails_carrying_the_clients_own_one_time_link_are_not_copied() {
        identity(true, Optional.of(ARCHIVE));

        for (MailTemplate personal : List.of(MailTemplate.PORTAL_INVITATION, MailTemplate.PORTAL_SIGNUP_VERIFICATION,
                MailTemplate.PORTAL_PASSWORD_RESET, MailTemplate.INVITATION_REMINDER)) {
            queue.queue(CLIENT, personal, Locale.ITALIAN, Map.of());
        }

        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsOnly(CLIENT).hasSize(4);
        assertThat(outbox.queued()).allSatisfy(mail -> assertThat(mail.replyTo()).contains(REPLY_TO));
    }

    @Test
    void without_a_firm_yet_a_client_mail_goes_unframed() {
        var beforeSetup = new MailQueue(new FakeMailRenderer(), outbox, new InMemoryFirms(), new FixedLinks(), Clock.fixed(NOW, ZoneOffset.UTC));

        beforeSetup.queue(CLIENT, MailTemplate.PORTAL_SIGNUP_EXISTING, Locale.ITALIAN, Map.of());

        assertThat(only().textBody()).doesNotContain("firm=");
    }
}
