package io.portico.application.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, item 7: the subject of an answer. */
class RepliesTest {

    @Test
    void issue13_item7_re_is_added_once_whatever_its_case() {
        assertThat(Replies.subject("Invoice")).isEqualTo("Re: Invoice");
        assertThat(Replies.subject("  Invoice ")).isEqualTo("Re: Invoice");
        assertThat(Replies.subject("Re: Invoice")).isEqualTo("Re: Invoice");
        assertThat(Replies.subject("RE:Invoice")).isEqualTo("RE:Invoice");
        assertThat(Replies.subject("re: invoice")).isEqualTo("re: invoice");
        assertThat(Replies.subject("Rex: Invoice")).isEqualTo("Re: Rex: Invoice");
        assertThat(Replies.subject("")).isEqualTo("Re:");
    }
}
