package io.portico.ui.twofactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.twofactor.port.in.ChangeSignInSecurityCommand;
import io.portico.application.twofactor.port.in.ChangeSignInSecurityUseCase;
import io.portico.application.twofactor.port.in.SignInSecurityQuery;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.twofactor.TwoFactorRequirement;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Issue 10 item 7: Settings → Sign-in security: whom the firm requires to use a second factor. */
@Route("settings/sign-in-security")
@RolesAllowed({"OWNER", "ADMIN"})
public class SignInSecurityView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<TwoFactorRequirement> requirement = new RadioButtonGroup<>(getTranslation("field.twoFactor"));
    final Button save = new Button(getTranslation("settings.save"));
    final Paragraph saved = new Paragraph(getTranslation("sign-in-security.saved"));
    private final ChangeSignInSecurityUseCase change;
    private final StaffId actor;

    public SignInSecurityView(SignInSecurityQuery settings, ChangeSignInSecurityUseCase change, StaffSession session) {
        this.change = change;
        this.actor = new StaffId(session.current().orElseThrow().id());
        setMaxWidth("40em");
        requirement.setItems(TwoFactorRequirement.values());
        requirement.setItemLabelGenerator(value -> getTranslation("sign-in-security." + value.name()));
        requirement.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        requirement.setValue(settings.twoFactorRequirement());
        requirement.addValueChangeListener(changed -> saved.setVisible(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setVisible(false);
        add(new H1(getTranslation("nav.sign-in-security")), new Paragraph(getTranslation("sign-in-security.intro")), requirement, save, saved);
    }

    private void save() {
        try {
            change.change(new ChangeSignInSecurityCommand(actor, requirement.getValue()));
            requirement.setInvalid(false);
            saved.setVisible(true);
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("twoFactor", requirement));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sign-in-security") + " · Portico";
    }
}
