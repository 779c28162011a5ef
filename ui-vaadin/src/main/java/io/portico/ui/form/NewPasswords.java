package io.portico.ui.form;

import com.vaadin.flow.component.textfield.PasswordField;
import io.portico.domain.staff.PasswordPolicy;

/** What every form that sets a new password does with its fields (G1, B2, B9, B11): the rules as a hint, the repeat checked. */
public final class NewPasswords {

    private NewPasswords() {
    }

    /**
     * Shows the rules under the field and stops typing at the longest password accepted; a longer one
     * sent past the browser is refused on the field, naming it (found by the form fuzz test).
     */
    public static void describe(PasswordField password) {
        password.setHelperText(password.getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setI18n(new PasswordField.PasswordFieldI18n().setMaxLengthErrorMessage(password.getLabel() + ": "
                + password.getTranslation("error.input.too-long", PasswordPolicy.MAX_LENGTH)));
    }

    /** Whether the repeat matches; if not, says so on the repeat field. */
    public static boolean repeated(PasswordField password, PasswordField confirmation) {
        if (password.getValue().equals(confirmation.getValue())) {
            return true;
        }
        confirmation.setErrorMessage(confirmation.getTranslation("field.passwordConfirmation") + ": "
                + confirmation.getTranslation("error.password.mismatch"));
        confirmation.setInvalid(true);
        return false;
    }
}
