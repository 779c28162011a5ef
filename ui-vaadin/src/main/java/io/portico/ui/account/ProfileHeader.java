package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.in.EditAccountUseCase;
import io.portico.application.export.port.in.ExportAccountCommand;
import io.portico.application.export.port.in.ExportAccountUseCase;
import io.portico.ui.job.JobView;

/**
 * F1, F4: what the profile shows above its tabs, so on every tab — the photo, the name, <i>Edit account</i>
 * for those who may edit it, and the type with the company name.
 */
class ProfileHeader extends VerticalLayout {

    ProfileHeader(ShownProfile shown, AccountPhotoUseCase photos, EditAccountUseCase editAccount, ExportAccountUseCase export) {
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
        title.add(exportButton(shown, export));
        add(title, new Paragraph(getTranslation("account.type." + shown.account().type().name())
                + shown.account().companyName().map(c -> " · " + c.value()).orElse("")));
    }

    /** Issue 14 item 3: anyone who sees the account may export it; the job's page offers the file. */
    private Button exportButton(ShownProfile shown, ExportAccountUseCase export) {
        var button = new Button(getTranslation("export.account"), click -> shown.change(() -> {
            var job = export.export(new ExportAccountCommand(shown.viewer(), shown.id()));
            getUI().ifPresent(ui -> ui.navigate(JobView.class, JobView.parameters(job)));
        }));
        button.setId("export-account");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
