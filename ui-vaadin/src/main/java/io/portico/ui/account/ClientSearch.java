package io.portico.ui.account;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.portico.application.account.port.in.FindAccountsQuery;
import io.portico.application.account.port.SearchHit;
import io.portico.domain.staff.StaffId;

/** E2: type part of a client's name or email address; results as you type; picking one opens it. */
public class ClientSearch extends ComboBox<SearchHit> {

    private static final int RESULTS = 20;

    public ClientSearch(FindAccountsQuery accounts, StaffId viewer) {
        setPlaceholder(getTranslation("search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setWidthFull();
        setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : accounts.search(viewer, query.getFilter().orElse(""), Math.min(query.getLimit(), RESULTS)).stream());
        setItemLabelGenerator(hit -> hit.matched().equals(hit.accountName()) ? hit.accountName() : hit.accountName() + " — " + hit.matched());
        addValueChangeListener(event -> {
            if (event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(AccountView.class, event.getValue().account().value().toString()));
                clear();
            }
        });
    }
}
