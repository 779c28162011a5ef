package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.portico.application.account.port.in.CustomFieldHistoryEntry;
import io.portico.domain.customfield.CustomField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** A7, F4: who changed an account's custom field, when, from what to what; newest first. */
class CustomFieldHistoryDialog extends Dialog {

    final Grid<CustomFieldHistoryEntry> grid = new Grid<>();

    CustomFieldHistoryDialog(CustomField field, List<CustomFieldHistoryEntry> entries) {
        setHeaderTitle(getTranslation("custom-field.history.title", field.name()));
        setWidth("44em");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("account.history.when")).setAutoWidth(true);
        grid.addColumn(CustomFieldHistoryEntry::changedBy).setHeader(getTranslation("custom-field.history.who")).setAutoWidth(true);
        grid.addColumn(entry -> shown(field, entry.oldValue()) + " → " + shown(field, entry.newValue()))
                .setHeader(getTranslation("account.history.change")).setFlexGrow(2);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("custom-field.history.empty")));
        } else {
            add(grid);
        }
        getFooter().add(new Button(getTranslation("details.close"), click -> close()));
    }

    private String shown(CustomField field, String value) {
        return value.isEmpty() ? "—" : CustomFieldInput.display(field, value, getLocale());
    }
}
