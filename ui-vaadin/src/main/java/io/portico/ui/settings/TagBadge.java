package io.portico.ui.settings;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import java.util.Collection;
import java.util.List;

/** A5: a tag shown as a pill in its colour, with text that stays readable on it. */
public final class TagBadge extends Span {

    /** The colours offered for tags: distinct at a glance, and each readable with black or white text. */
    public static final List<String> PALETTE = List.of("#e53935", "#fb8c00", "#fdd835", "#43a047", "#00897b", "#1e88e5",
            "#3949ab", "#8e24aa", "#d81b60", "#6d4c41", "#757575");

    public TagBadge(Tag tag) {
        this(tag.name(), tag.color());
    }

    public TagBadge(String text, TagColor color) {
        super(text);
        getElement().setAttribute("title", text);
        getStyle().set("background-color", color.value())
                .set("color", readableOn(color.value()))
                .set("border-radius", "1em")
                .set("padding", "0.1em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
    }

    /** The tags as a row of badges that wraps. */
    public static FlexLayout row(Collection<Tag> tags) {
        var row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        tags.forEach(tag -> row.add(new TagBadge(tag)));
        return row;
    }

    /** Black on light colours, white on dark ones (relative luminance, as WCAG computes it). */
    static String readableOn(String hex) {
        double r = channel(hex.substring(1, 3));
        double g = channel(hex.substring(3, 5));
        double b = channel(hex.substring(5, 7));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return luminance > 0.4 ? "#000000" : "#ffffff";
    }

    private static double channel(String hex) {
        double c = Integer.parseInt(hex, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
