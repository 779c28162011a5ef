package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.in.EditAccountUseCase;

/**
 * F1, F4: what the profile shows above its tabs, so on every tab — the photo, the name, <i>Edit account</i>
 * for those who may edit it, and the type with the company name.
 */
class ProfileHeader extends VerticalLayout {

    ProfileHeader(ShownProfile shown, AccountPhotoUseCase photos, EditAccountUseCase editAccount) {
        setPadding(false);
        String name = shown.account().name().value();
        var title = new HorizontalLayout(new AccountPhoto(photos, shown.viewer(), shown.id(), name, shown.editable()), new H1(name));
        title.setAlignItems(Alignment.BASELINE);
        if (shown.editable()) {
            var edit = new Button(getTranslation("account.edit"), click ->
                    new EditAccountDialog(shown.account(), editAccount, shown.viewer(), shown.reload()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            title.add(edit);
        }
        add(title, new Paragraph(getTranslation("account.type." + shown.account().type().name())
                + shown.account().companyName().map(c -> " · " + c.value()).orElse("")));
    }
}
