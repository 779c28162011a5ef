package io.portico.ui.erasure;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import io.portico.application.erasure.port.ErasureCounts;
import io.portico.application.erasure.port.in.Erasure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Issue 14, item 2: the confirmation that lists what goes (counted by the preview) before the staff member erases;
 * a refusal (not archived, still linked) is shown instead of the list.
 */
class EraseDialog extends Dialog {

    final Button confirm = new Button(getTranslation("erasure.confirm"));
    final Paragraph refusal = new Paragraph();
    final UnorderedList counts = new UnorderedList();

    EraseDialog(String name, Erasure preview, Supplier<Erasure> erase, Runnable erased) {
        setHeaderTitle(getTranslation("erasure.title", name));
        setWidth("34em");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            Erasure outcome = erase.get();
            show(outcome);
            if (outcome instanceof Erasure.Goes) {
                close();
                Notification.show(getTranslation("erasure.done"), 4000, Notification.Position.BOTTOM_START);
                erased.run();
            }
        });
        add(new Paragraph(getTranslation("erasure.intro")), counts, refusal);
        getFooter().add(new Button(getTranslation("new-account.cancel"), click -> close()), confirm);
        show(preview);
    }

    private void show(Erasure erasure) {
        switch (erasure) {
            case Erasure.Goes goes -> list(goes.counts());
            case Erasure.NotArchived notArchived -> refuse("erasure.not-archived");
            case Erasure.StillLinked stillLinked -> refuse("erasure.still-linked");
        }
    }

    private void list(ErasureCounts what) {
        counts.removeAll();
        lines(what).forEach((key, count) -> counts.add(new ListItem(getTranslation("erasure.count." + key, count))));
    }

    static Map<String, Integer> lines(ErasureCounts what) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("contacts-erased", what.contactsErased());
        lines.put("contacts-unlinked", what.contactsUnlinked());
        lines.put("messages", what.messages());
        lines.put("synced-mails", what.syncedMails());
        lines.put("documents", what.documents());
        lines.put("outbox-mails", what.outboxMails());
        lines.put("portal-users", what.portalUsers());
        lines.put("history", what.historyEntries());
        return lines;
    }

    private void refuse(String key) {
        counts.removeAll();
        refusal.setText(getTranslation(key));
        confirm.setEnabled(false);
    }
}
