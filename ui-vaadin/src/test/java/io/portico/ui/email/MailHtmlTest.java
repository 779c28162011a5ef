package io.portico.ui.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, item 6: a synced message's HTML is shown only once made safe, remote images only when asked. */
class MailHtmlTest {

    private static MailHtml.Cleaned clean(String html) {
        return MailHtml.clean(html, false);
    }

    @Test
    void issue13_item6_scripts_styles_forms_and_frames_are_removed() {
        String html = clean("<p>Dear client</p><script>alert(1)</script><style>body{display:none}</style>"
                + "<form action=\"https://evil.example\"><input name=\"password\"></form><iframe src=\"https://evil.example\"></iframe>"
                + "<object data=\"x.swf\"></object>").html();

        assertThat(html).contains("<p>Dear client</p>").doesNotContain("script", "alert", "style", "form", "input", "iframe", "object", "evil");
    }

    @Test
    void issue13_item6_event_handlers_and_inline_styles_are_removed() {
        String html = MailHtml.clean("<img src=\"https://cdn.example/logo.png\" onerror=\"alert(1)\"><p onclick=\"steal()\" "
                + "style=\"background:url(https://track.example/p.gif)\">Hi</p><body onload=\"x()\">", true).html();

        assertThat(html).contains("src=\"https://cdn.example/logo.png\"", "<p>Hi</p>").doesNotContain("onerror", "onclick", "onload", "style",
                "track.example", "alert");
    }

    @Test
    void issue13_item6_javascript_links_lose_their_target_and_links_open_apart_without_a_way_back() {
        String html = clean("<a href=\"javascript:alert(1)\">click</a> <a href=\"https://firm.example/doc\">doc</a>"
                + "<a href=\"JaVaScRiPt:alert(2)\">again</a>").html();

        assertThat(html).doesNotContain("javascript", "JaVaScRiPt", "alert")
                .contains("<a href=\"https://firm.example/doc\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">doc</a>")
                .contains("<a target=\"_blank\" rel=\"noopener noreferrer nofollow\">click</a>");
    }

    @Test
    void issue13_item6_remote_images_are_blocked_until_asked_for_then_shown() {
        String body = "<p>Logo:</p><img src=\"https://track.example/pixel.gif\" alt=\"our logo\">";

        MailHtml.Cleaned blocked = MailHtml.clean(body, false);
        MailHtml.Cleaned shown = MailHtml.clean(body, true);

        assertThat(blocked.blockedImages()).isTrue();
        assertThat(blocked.html()).doesNotContain("<img", "track.example").contains("our logo");
        assertThat(MailHtml.document(blocked, false)).contains("img-src 'none'").doesNotContain("track.example");
        assertThat(shown.blockedImages()).isFalse();
        assertThat(shown.html()).contains("<img src=\"https://track.example/pixel.gif\" alt=\"our logo\">");
        assertThat(MailHtml.document(shown, true)).contains("img-src http: https:", "track.example");
    }

    @Test
    void issue13_item6_cid_and_data_images_are_dropped_and_block_nothing() {
        MailHtml.Cleaned cleaned = clean("<p>Signed</p><img src=\"cid:signature@part\" alt=\"signature\"><img src=\"data:image/png;base64,AAAA\">");

        assertThat(cleaned.blockedImages()).isFalse();
        assertThat(cleaned.html()).isEqualTo("<p>Signed</p>");
    }

    @Test
    void issue13_item6_a_message_without_images_needs_no_show_images() {
        assertThat(clean("<b>Plain</b>").blockedImages()).isFalse();
    }

    @Test
    void issue13_item6_the_frame_document_allows_no_script_and_no_remote_resource_but_images_when_asked() {
        String document = MailHtml.document(clean("<p>x</p>"), false);

        assertThat(document).contains("default-src 'none'", "<body><p>x</p></body>").doesNotContain("script-src");
    }
}
