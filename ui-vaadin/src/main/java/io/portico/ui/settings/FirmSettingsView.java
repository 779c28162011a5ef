package io.portico.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.firm.port.in.AttachmentSavingQuery;
import io.portico.application.firm.port.in.ChangeAttachmentSavingCommand;
import io.portico.application.firm.port.in.ChangeAttachmentSavingUseCase;
import io.portico.application.firm.port.in.ChangeFirmIdentityCommand;
import io.portico.application.firm.port.in.ChangeFirmIdentityUseCase;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.logo.FirmLogoController;
import io.portico.ui.form.AddressFields;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 11, items 3, 6 and 7: Settings → Firm — how the firm shows itself on the portal and in client mails, its
 * clients' default language, and the firm's copy of every client mail (C4).
 */
@Route("settings/firm")
@RolesAllowed({"OWNER", "ADMIN"})
public class FirmSettingsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField(getTranslation("field.firmName"));
    final TextField accent = new TextField(getTranslation("field.accentColor"));
    final AddressFields address = new AddressFields();
    final TextField phone = new TextField(getTranslation("field.phone"));
    final EmailField replyTo = new EmailField(getTranslation("field.replyTo"));
    final Select<Language> language = new Select<>();
    final Checkbox copyClientMails = new Checkbox(getTranslation("field.copyClientMails"));
    final EmailField copyAddress = new EmailField(getTranslation("field.copyAddress"));
    final Button save = new Button(getTranslation("settings.save"));
    final Paragraph saved = new Paragraph(getTranslation("settings.firm.saved"));
    final Paragraph error = new Paragraph();
    final Image logo = new Image();
    final Upload upload = new Upload();
    final Button removeLogo = new Button(getTranslation("settings.firm.logo.remove"));
    final Checkbox saveAttachments = new Checkbox(getTranslation("settings.firm.save-attachments"));
    final Span saveAttachmentsNote = new Span();
    private final FirmIdentityQuery query;
    private final ChangeFirmIdentityUseCase change;
    private final StaffId actor;
    private long version;

    private final AttachmentSavingQuery savingQuery;
    private final ChangeAttachmentSavingUseCase changeSaving;

    public FirmSettingsView(FirmIdentityQuery query, ChangeFirmIdentityUseCase change, AttachmentSavingQuery savingQuery,
                            ChangeAttachmentSavingUseCase changeSaving, StaffSession session) {
        this.query = query;
        this.change = change;
        this.savingQuery = savingQuery;
        this.changeSaving = changeSaving;
        this.actor = new StaffId(session.current().orElseThrow().id());
        setMaxWidth("48em");
        accent.setHelperText(getTranslation("settings.firm.accent.help"));
        language.setLabel(getTranslation("field.firmLanguage"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(choice -> choice.locale().getDisplayLanguage(choice.locale()));
        language.setHelperText(getTranslation("settings.firm.language.help"));
        replyTo.setHelperText(getTranslation("settings.firm.reply-to.help"));
        copyAddress.setHelperText(getTranslation("settings.firm.copy-address.help"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        var form = new FormLayout(name, accent);
        address.addTo(form);
        form.add(phone, replyTo, language, copyClientMails, copyAddress);
        add(new H1(getTranslation("nav.firm-settings")), form, save, saved, error, new H2(getTranslation("settings.firm.logo")),
                logoSection(), new H2(getTranslation("settings.firm.email-sync")), attachmentSection());
        show(query.identity().orElseThrow());
    }

    /** D3: <i>Save attachments automatically</i>, stored as soon as it is ticked; only mail from then on is saved. */
    private VerticalLayout attachmentSection() {
        showSaving(savingQuery.savingSince());
        saveAttachments.addValueChangeListener(change -> {
            changeSaving.change(new ChangeAttachmentSavingCommand(actor, change.getValue()));
            showSaving(savingQuery.savingSince());
        });
        saveAttachmentsNote.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var section = new VerticalLayout(saveAttachments, saveAttachmentsNote);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void showSaving(Optional<Instant> since) {
        saveAttachments.setValue(since.isPresent());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        saveAttachmentsNote.setText(since.map(at -> getTranslation("settings.firm.save-attachments.since", when.format(at)))
                .orElseGet(() -> getTranslation("settings.firm.save-attachments.help")));
    }

    private HorizontalLayout logoSection() {
        logo.setMaxHeight("64px");
        logo.setAlt(getTranslation("settings.firm.logo"));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg", ".gif", ".webp");
        upload.setMaxFileSize(FirmLogo.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadHandler(event -> {
            byte[] content = receive(event.getInputStream());
            event.getUI().access(() -> storeLogo(content));
        });
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removeLogo.addClickListener(click -> {
            change.removeLogo(actor);
            showLogo(query.identity().orElseThrow());
        });
        var section = new HorizontalLayout(logo, upload, removeLogo);
        section.setAlignItems(Alignment.CENTER);
        return section;
    }

    /** Read up to one byte past the limit: the browser keeps the Upload's limit, the use case refuses anything longer. */
    static byte[] receive(InputStream upload) throws IOException {
        return upload.readNBytes(FirmLogo.MAX_BYTES + 1);
    }

    void storeLogo(byte[] content) {
        try {
            change.changeLogo(actor, content);
            error.setText("");
        } catch (InvalidInputException e) {
            error.setText(InputErrors.message(e));
        }
        upload.clearFileList();
        showLogo(query.identity().orElseThrow());
    }

    private void show(FirmIdentity identity) {
        name.setValue(identity.name().value());
        accent.setValue(identity.accent().value());
        address.setValue(identity.address());
        phone.setValue(identity.phone());
        replyTo.setValue(identity.replyTo().map(EmailAddress::value).orElse(""));
        language.setValue(identity.language());
        copyClientMails.setValue(identity.copyClientMails());
        copyAddress.setValue(identity.copyAddress().map(EmailAddress::value).orElse(""));
        showLogo(identity);
    }

    private void showLogo(FirmIdentity identity) {
        version = identity.version(); // a new logo raises it
        logo.setVisible(identity.hasLogo());
        removeLogo.setVisible(identity.hasLogo());
        if (identity.hasLogo()) {
            logo.setSrc(FirmLogoController.src(identity.version()));
        }
    }

    private void save() {
        saved.setVisible(false);
        try {
            change.change(ChangeFirmIdentityCommand.of(actor, new ChangeFirmIdentityCommand.Input(name.getValue(), accent.getValue(),
                    address.value(), phone.getValue(), replyTo.getValue(), language.getValue() == null ? null : language.getValue().code(),
                    copyClientMails.getValue(), copyAddress.getValue(), version)));
            error.setText("");
            fields().values().forEach(field -> field.setInvalid(false));
            show(query.identity().orElseThrow());
            saved.setVisible(true);
        } catch (InvalidInputException e) {
            error.setText(InputErrors.show(e, fields()));
        } catch (StaleRecordException e) {
            error.setText(InputErrors.stale(e));
        }
    }

    private Map<String, HasValidation> fields() {
        return address.with(Map.of("firmName", name, "accentColor", accent, "phone", phone, "replyTo", replyTo, "language", language,
                "copyAddress", copyAddress));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.firm-settings") + " · Portico";
    }
}
