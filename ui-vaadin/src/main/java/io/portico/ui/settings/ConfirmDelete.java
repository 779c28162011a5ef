package io.portico.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before deleting what cannot be brought back. */
class ConfirmDelete extends Dialog {

    final Button delete = new Button(getTranslation("settings.delete"));

    ConfirmDelete(String question, Runnable confirmed) {
        add(new Paragraph(question));
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            close();
            confirmed.run();
        });
        getFooter().add(new Button(getTranslation("settings.cancel"), click -> close()), delete);
    }
}
