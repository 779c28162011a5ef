package io.portico.ui.staff;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.portico.application.staff.port.in.ChangeOwnPasswordCommand;
import io.portico.application.staff.port.in.ChangeOwnPasswordUseCase;
import io.portico.application.staff.port.in.StaffProfileQuery;
import io.portico.application.staff.port.in.UpdateStaffProfileCommand;
import io.portico.application.staff.port.in.UpdateStaffProfileUseCase;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.throttle.AttemptKind;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.form.NewPasswords;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.i18n.PorticoI18NProvider;
import io.portico.ui.security.ClientIp;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;

/**
 * G2: My profile — the member's name and language, their password (the current one required, its
 * guesses throttled like sign-ins; every other session ends, this one goes on) and, by the two-factor
 * page's path, their second factors.
 */
@Route(ProfileView.ROUTE)
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "profile";
    /** The two-factor feature's page; by path, so this page needs nothing of it. */
    static final String TWO_FACTOR_ROUTE = "profile/two-factor";

    final TextField firstName = new TextField(getTranslation("field.firstName"));
    final TextField lastName = new TextField(getTranslation("field.lastName"));
    final Select<Locale> language = new Select<>();
    final Button saveProfile = new Button(getTranslation("settings.save"));
    final Paragraph profileSaved = new Paragraph(getTranslation("profile.saved"));
    final PasswordField current = new PasswordField(getTranslation("field.currentPassword"));
    final PasswordField newPassword = new PasswordField(getTranslation("field.newPassword"));
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button changePassword = new Button(getTranslation("profile.password.change"));
    final Paragraph passwordChanged = new Paragraph(getTranslation("profile.password.changed"));
    final Button twoFactor = new Button(getTranslation("profile.two-factor.manage"));
    private final StaffSession session;
    private final StaffPrincipal me;

    public ProfileView(StaffProfileQuery profiles, UpdateStaffProfileUseCase update, ChangeOwnPasswordUseCase change,
                       ThrottleAttemptsUseCase throttle, StaffSession session) {
        this.session = session;
        this.me = session.current().orElseThrow();
        setMaxWidth("40em");
        language.setLabel(getTranslation("team.field.language"));
        language.setItems(PorticoI18NProvider.LANGUAGES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        profiles.profile(id()).ifPresent(profile -> {
            firstName.setValue(profile.firstName());
            lastName.setValue(profile.lastName());
            language.setValue(profile.language().orElse(PorticoI18NProvider.supported(getLocale())));
        });
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProfile.addClickListener(click -> saveProfile(update));
        NewPasswords.describe(newPassword);
        changePassword.addClickListener(click -> changePassword(change, throttle));
        twoFactor.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TWO_FACTOR_ROUTE)));
        profileSaved.setVisible(false);
        passwordChanged.setVisible(false);
        add(new H1(getTranslation("nav.profile")), firstName, lastName, language, saveProfile, profileSaved,
                new H2(getTranslation("profile.password")), current, newPassword, confirmation, changePassword, passwordChanged,
                new H2(getTranslation("profile.two-factor")), twoFactor);
    }

    private StaffId id() {
        return new StaffId(me.id());
    }

    private void saveProfile(UpdateStaffProfileUseCase update) {
        profileSaved.setVisible(false);
        try {
            update.update(UpdateStaffProfileCommand.of(id(), firstName.getValue(), lastName.getValue(), language.getValue()));
            firstName.setInvalid(false);
            lastName.setInvalid(false);
            profileSaved.setVisible(true);
            if (!language.getValue().equals(getLocale())) {
                VaadinSession.getCurrent().setLocale(language.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.<String, HasValidation>of("firstName", firstName, "lastName", lastName));
        }
    }

    private void changePassword(ChangeOwnPasswordUseCase change, ThrottleAttemptsUseCase throttle) {
        passwordChanged.setVisible(false);
        if (!NewPasswords.repeated(newPassword, confirmation)) {
            return;
        }
        var fields = Map.<String, HasValidation>of("currentPassword", current, "newPassword", newPassword, "confirmation", confirmation);
        try {
            // issue 10 item 11: guessing the current password of an open session is throttled like signing in
            if (!throttle.take(new AttemptCommand(AttemptKind.CURRENT_PASSWORD, me.email(), ClientIp.current())).allowed()) {
                throw new InvalidInputException("currentPassword", "password.current-throttled");
            }
            long epoch = change.change(new ChangeOwnPasswordCommand(id(), current.getValue(), newPassword.getValue()));
            throttle.succeeded(AttemptKind.CURRENT_PASSWORD, me.email());
            session.replace(me.withEpoch(epoch)); // this session goes on; the member's others end
            current.clear();
            newPassword.clear();
            confirmation.clear();
            fields.values().forEach(field -> field.setInvalid(false));
            passwordChanged.setVisible(true);
        } catch (InvalidInputException e) {
            InputErrors.show(e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile") + " · Portico";
    }
}
