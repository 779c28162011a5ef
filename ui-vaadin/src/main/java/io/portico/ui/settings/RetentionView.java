package io.portico.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.retention.port.in.ChangeRetentionCommand;
import io.portico.application.retention.port.in.ChangeRetentionUseCase;
import io.portico.application.retention.port.in.RetentionQuery;
import io.portico.domain.retention.Retention;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Issue 14, item 4: Settings → Retention: how many days each kind of record is kept before the hourly deletion. */
@Route("settings/retention")
@RolesAllowed({"OWNER", "ADMIN"})
public class RetentionView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField history = days("field.retentionHistoryDays");
    final IntegerField sentMail = days("field.retentionSentMailDays");
    final IntegerField loginActivity = days("field.retentionLoginActivityDays");
    final IntegerField jobReports = days("field.retentionJobReportsDays");
    final Button save = new Button(getTranslation("settings.save"));
    final Paragraph saved = new Paragraph(getTranslation("retention.saved"));
    final Paragraph error = new Paragraph();
    private final ChangeRetentionUseCase change;
    private final StaffId actor;

    public RetentionView(RetentionQuery retention, ChangeRetentionUseCase change, StaffSession session) {
        this.change = change;
        this.actor = new StaffId(session.current().orElseThrow().id());
        setMaxWidth("40em");
        Retention current = retention.retention();
        history.setValue(current.historyDays());
        sentMail.setValue(current.sentMailDays());
        loginActivity.setValue(current.loginActivityDays());
        jobReports.setValue(current.jobReportsDays());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H1(getTranslation("nav.retention")), new Paragraph(getTranslation("retention.intro")), history, sentMail, loginActivity,
                jobReports, save, saved, error);
    }

    private IntegerField days(String label) {
        var field = new IntegerField(getTranslation(label));
        field.setMin(1);
        field.setMax(Retention.MAX_DAYS);
        field.setStepButtonsVisible(true);
        field.setWidth("16em");
        return field;
    }

    private void save() {
        saved.setVisible(false);
        try {
            change.change(ChangeRetentionCommand.of(actor, history.getValue(), sentMail.getValue(), loginActivity.getValue(),
                    jobReports.getValue()));
            error.setText("");
            fields().values().forEach(field -> field.setInvalid(false));
            saved.setVisible(true);
        } catch (InvalidInputException e) {
            error.setText(InputErrors.show(e, fields()));
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("retentionHistoryDays", history, "retentionSentMailDays", sentMail, "retentionLoginActivityDays", loginActivity,
                "retentionJobReportsDays", jobReports);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retention") + " · Portico";
    }
}
