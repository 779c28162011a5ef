package io.portico.ui.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Item 6: a synced message's HTML made safe to show. Only the relaxed safe-list's tags and attributes are kept — no
 * scripts, styles, forms, frames or event handlers, links and images only over http(s) (and links to mailto) —;
 * links open in a new tab without a way back to this page. Remote images load nothing until the reader asks for
 * them: until then each is replaced by its alt text. Images pointing into the message ({@code cid:}) are dropped,
 * as the store keeps inline parts only as attachments.
 */
final class MailHtml {

    private static final Safelist SAFE = Safelist.relaxed();

    /** The body, cleaned; {@code blockedImages} says whether remote images were left out. */
    record Cleaned(String html, boolean blockedImages) {
    }

    private MailHtml() {
    }

    static Cleaned clean(String html, boolean showImages) {
        Document cleaned = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html));
        for (Element link : cleaned.select("a")) {
            link.attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
        }
        boolean blocked = false;
        for (Element image : cleaned.select("img")) {
            if (!image.hasAttr("src")) {
                image.remove(); // a cid: or data: image: nothing safe to show
            } else if (!showImages) {
                image.replaceWith(new TextNode(image.attr("alt")));
                blocked = true;
            }
        }
        return new Cleaned(cleaned.body().html(), blocked);
    }

    /**
     * The document for a sandboxed frame's {@code srcdoc}: the cleaned body under a policy that loads no script,
     * no style sheet and, unless asked, no image — a second wall should the cleaning ever miss something.
     */
    static String document(Cleaned body, boolean showImages) {
        String images = showImages ? "http: https:" : "'none'";
        return "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src " + images + "\">"
                + "<base target=\"_blank\"><style>body{font-family:sans-serif;font-size:14px;margin:0;overflow-wrap:anywhere}</style>"
                + "</head><body>" + body.html() + "</body></html>";
    }
}
