package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.UI;
import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.in.ArchiveAccountCommand;
import io.portico.application.account.port.in.ArchiveAccountUseCase;
import io.portico.application.account.port.in.EditAccountUseCase;
import io.portico.application.export.port.in.ExportAccountCommand;
import io.portico.application.export.port.in.ExportAccountUseCase;
import io.portico.ui.job.JobView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * F1, F4: what the profile shows above its tabs, so on every tab — the photo, the name, <i>Edit account</i>
 * for those who may edit it, and the type with the company name; issue 14, item 1: an archived account's banner,
 * with <i>Restore</i> for those who may edit it.
 */
class ProfileHeader extends VerticalLayout {

    ProfileHeader(ShownProfile shown, AccountPhotoUseCase photos, EditAccountUseCase editAccount, ArchiveAccountUseCase archiving,
                  ExportAccountUseCase export) {
        setPadding(false);
        String name = shown.account().name().value();
        var title = new HorizontalLayout(new AccountPhoto(photos, shown.viewer(), shown.id(), name, shown.editable()), new H1(name));
        title.setAlignItems(Alignment.BASELINE);
        if (shown.editable()) {
            var edit = new Button(getTranslation("account.edit"), click ->
                    new EditAccountDialog(shown.account(), editAccount, archiving, shown.viewer(), shown.reload()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            title.add(edit);
        }
        title.add(exportButton(shown, export));
        shown.profile().archivedAt().ifPresent(since -> add(archivedBanner(shown, since, archiving)));
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

    private static HorizontalLayout archivedBanner(ShownProfile shown, Instant since, ArchiveAccountUseCase archiving) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale())
                .withZone(ZoneId.systemDefault());
        var banner = new HorizontalLayout(new Paragraph(UI.getCurrent().getTranslation("archive.banner", date.format(since))));
        banner.addClassName("archived-banner");
        banner.setAlignItems(Alignment.BASELINE);
        banner.getStyle().set("background", "var(--lumo-contrast-10pct)").set("padding", "0 var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        if (shown.profile().manageable()) {
            var restore = new Button(UI.getCurrent().getTranslation("archive.restore"), click ->
                    shown.change(() -> archiving.restore(new ArchiveAccountCommand(shown.viewer(), shown.id()))));
            restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            banner.add(restore);
        }
        return banner;
    }
}
