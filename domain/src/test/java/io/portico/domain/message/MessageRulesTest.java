package io.portico.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageRulesTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    private static FileAttachment file(String name, int bytes) {
        return new FileAttachment(name, "application/pdf", new byte[bytes]);
    }

    private static void assertRefused(Runnable check, String field, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void issue11_8_a_subject_and_a_text_are_required_trimmed_and_bounded() {
        assertThat(new MessageSubject("  Your tax return ").value()).isEqualTo("Your tax return");
        assertThat(new MessageText(" Please sign. ").value()).isEqualTo("Please sign.");
        assertRefused(() -> new MessageSubject(" "), "subject", "input.required");
        assertRefused(() -> new MessageText(null), "text", "input.required");
        assertThat(new MessageSubject("s".repeat(MessageSubject.MAX_LENGTH)).value()).hasSize(MessageSubject.MAX_LENGTH);
        assertRefused(() -> new MessageSubject("s".repeat(MessageSubject.MAX_LENGTH + 1)), "subject", "input.too-long");
        assertThat(new MessageText("t".repeat(MessageText.MAX_LENGTH)).value()).hasSize(MessageText.MAX_LENGTH);
        assertRefused(() -> new MessageText("t".repeat(MessageText.MAX_LENGTH + 1)), "text", "input.too-long");
    }

    @Test
    void issue11_8_files_up_to_each_limit_pass_and_one_byte_more_is_refused_naming_the_field_and_the_limit() {
        var limits = new AttachmentLimits(10, 25);
        limits.check(List.of(file("a.pdf", 10), file("b.pdf", 10), file("c.pdf", 5)));
        limits.check(List.of());

        assertThatThrownBy(() -> limits.check(List.of(file("big.pdf", 11)))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("attachments");
            assertThat(e.messageKey()).isEqualTo("message.attachment-too-large");
            assertThat(e.arguments()).containsExactly("big.pdf", 0L);
        });
        assertRefused(() -> limits.check(List.of(file("a.pdf", 10), file("b.pdf", 10), file("c.pdf", 6))),
                "attachments", "message.attachments-too-large");
        assertRefused(() -> limits.check(List.of(file(" ", 1))), "attachments", "input.required");
    }

    @Test
    void issue11_8_limits_are_set_in_megabytes_and_reported_in_megabytes() {
        var limits = AttachmentLimits.megabytes(2, 3);
        assertThat(limits).isEqualTo(new AttachmentLimits(2 * 1024 * 1024, 3 * 1024 * 1024));
        assertThat(AttachmentLimits.DEFAULT).isEqualTo(AttachmentLimits.megabytes(10, 25));
        assertThatThrownBy(() -> limits.check(List.of(file("x.pdf", 2 * 1024 * 1024 + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly("x.pdf", 2L));
        assertThatThrownBy(() -> limits.check(List.of(file("x.pdf", 2 * 1024 * 1024), file("y.pdf", 1024 * 1024 + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly(3L));
    }

    @Test
    void limits_must_be_positive_and_the_total_hold_at_least_one_file() {
        new AttachmentLimits(1, 1);
        assertThatThrownBy(() -> new AttachmentLimits(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttachmentLimits(10, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue11_8_a_thread_starts_on_an_account_and_its_messages_describe_their_files_in_order() {
        var account = AccountId.random();
        var thread = MessageThread.start(account, new MessageSubject("Tax return"), NOW);
        assertThat(thread.account()).isEqualTo(account);
        assertThat(thread.startedAt()).isEqualTo(NOW);
        assertThat(thread.lastMessageAt()).isEqualTo(NOW);

        var staff = new MessageSender.Staff(StaffId.random());
        Message message = thread.write(staff, new MessageText("Please sign"), List.of(file("a.pdf", 3), file("b.pdf", 4)), NOW);
        assertThat(message.thread()).isEqualTo(thread.id());
        assertThat(message.sender()).isEqualTo(staff);
        assertThat(message.sentAt()).isEqualTo(NOW);
        assertThat(message.attachments()).extracting(Attachment::fileName, Attachment::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.pdf", 3), org.assertj.core.groups.Tuple.tuple("b.pdf", 4));
        assertThat(message.attachments()).extracting(Attachment::contentType).containsOnly("application/pdf");
        assertThat(message.attachments().get(0).id()).isNotEqualTo(message.attachments().get(1).id());
    }

    @Test
    void issue11_9_the_firms_messages_are_those_of_staff_members_not_client_replies() {
        assertThat(new MessageSender.Staff(StaffId.random()).isFirm()).isTrue();
        assertThat(new MessageSender.Client(PortalUserId.random()).isFirm()).isFalse();
    }
}
