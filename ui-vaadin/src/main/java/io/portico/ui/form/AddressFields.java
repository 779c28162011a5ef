package io.portico.ui.form;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.domain.shared.PostalAddress;
import java.util.List;
import java.util.Map;

/** The fields of a postal address, named as the domain names them when it refuses one. */
public final class AddressFields {

    public final TextField street = field("field.street");
    public final TextField postalCode = field("field.postalCode");
    public final TextField city = field("field.city");
    public final TextField country = field("field.country");

    private static TextField field(String key) {
        return new TextField(UI.getCurrent().getTranslation(key));
    }

    /** Adds the fields to a form, the street on a whole row. */
    public void addTo(FormLayout form) {
        form.add(street, postalCode, city, country);
        form.setColspan(street, 2);
    }

    public void setValue(PostalAddress address) {
        street.setValue(address.street());
        postalCode.setValue(address.postalCode());
        city.setValue(address.city());
        country.setValue(address.country());
    }

    public PostalAddress value() {
        return new PostalAddress(street.getValue(), postalCode.getValue(), city.getValue(), "", country.getValue());
    }

    public void setVisible(boolean visible) {
        List.of(street, postalCode, city, country).forEach(field -> field.setVisible(visible));
    }

    /** The given fields of a form together with these, by the names the domain uses. */
    public Map<String, HasValidation> with(Map<String, HasValidation> others) {
        var all = new java.util.HashMap<>(others);
        all.putAll(Map.of("street", street, "postalCode", postalCode, "city", city, "country", country));
        return all;
    }
}
