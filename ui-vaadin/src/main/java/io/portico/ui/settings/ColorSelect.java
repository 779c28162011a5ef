package io.portico.ui.settings;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.portico.domain.tag.TagColor;
import java.util.ArrayList;
import java.util.List;

/** A5: a tag's colour, picked from the palette; a colour stored outside it stays selectable. */
class ColorSelect extends Select<String> {

    ColorSelect() {
        setLabel(getTranslation("field.tagColor"));
        setItems(TagBadge.PALETTE);
        setRenderer(new ComponentRenderer<>(color -> new TagBadge(color, new TagColor(color))));
        setValue(TagBadge.PALETTE.getFirst());
    }

    void show(TagColor color) {
        if (!TagBadge.PALETTE.contains(color.value())) {
            List<String> items = new ArrayList<>(TagBadge.PALETTE);
            items.add(color.value());
            setItems(items);
        }
        setValue(color.value());
    }
}
