package io.portico.ui.firm;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import io.portico.ui.form.NewPasswords;
import io.portico.ui.i18n.Fields;
import java.util.Map;

/** The firm and its owner, gathered for setup; fires {@link SubmitEvent} and leaves the rest to the view. */
public class SetupForm extends FormLayout {

    /** {@code setupCode}: the one-time code from the start-up log, when asked for (issue 10, item 19); else blank. */
    public record Input(String firmName, String firstName, String lastName, String email, String password, String setupCode) {
    }

    final TextField firmName = new TextField(getTranslation("field.firmName"));
    final TextField firstName = new TextField(getTranslation("field.firstName"));
    final TextField lastName = new TextField(getTranslation("field.lastName"));
    final EmailField email = Fields.email();
    final PasswordField password = new PasswordField(getTranslation("field.password"));
    final TextField setupCode = new TextField(getTranslation("field.setupCode"));
    final Button create = new Button(getTranslation("setup.create"));
    private final Binder<Input> binder = new Binder<>(Input.class);

    public SetupForm() {
        NewPasswords.describe(password);
        String required = getTranslation("error.input.required");
        binder.forField(firmName).asRequired(required).bind("firmName");
        binder.forField(firstName).asRequired(required).bind("firstName");
        binder.forField(lastName).asRequired(required).bind("lastName");
        binder.forField(email).asRequired(required).bind("email");
        binder.forField(password).asRequired(required).bind("password");
        binder.forField(setupCode).bind("setupCode");
        setupCode.setHelperText(getTranslation("setup.code.helper"));
        setupCode.setVisible(false);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> submit());
        add(firmName, firstName, lastName, email, password, setupCode, create);
        setColspan(firmName, 2);
        setColspan(email, 2);
        setColspan(password, 2);
        setColspan(setupCode, 2);
    }

    /** Shows the field for the one-time code of the start-up log. */
    public void askForSetupCode() {
        setupCode.setVisible(true);
    }

    private void submit() {
        try {
            fireEvent(new SubmitEvent(this, binder.writeRecord()));
        } catch (ValidationException e) {
            // the binder has marked the missing fields
        }
    }

    /** Fields by the names the domain uses when it refuses input. */
    public Map<String, HasValidation> fieldsByName() {
        return Map.of("firmName", firmName, "firstName", firstName, "lastName", lastName, "email", email, "password", password,
                "setupCode", setupCode);
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public static final class SubmitEvent extends ComponentEvent<SetupForm> {

        private final Input input;

        SubmitEvent(SetupForm source, Input input) {
            super(source, false);
            this.input = input;
        }

        public Input input() {
            return input;
        }
    }
}
