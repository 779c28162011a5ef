package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import io.portico.application.account.port.in.FindAccountsQuery;
import io.portico.application.account.port.SearchHit;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.staff.StaffId;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14, item 1: Edit account → Archive, the profile's banner with Restore, and the list's Archived filter. */
class ArchiveViewsTest extends StaffViewTest {

    @Autowired
    FindAccountsQuery find;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private StaffId owner;

    @BeforeEach
    void signedInOwner() {
        owner = new StaffId(signInAsOwner().id());
        navigate(HomeView.class);
    }

    private AccountView createIndividual(String lastName) {
        test(button("New account")).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(dialog.next).click();
        ContactEntryEditor mario = dialog.contacts.getFirst();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue(lastName);
        test(mario.email).setValue("mario." + run + "@archivio.it");
        test(dialog.create).click();
        return (AccountView) getCurrentView();
    }

    private Button button(String text) {
        return find(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    private boolean hasButton(String text) {
        return find(Button.class).all().stream().anyMatch(b -> text.equals(b.getText()));
    }

    @SuppressWarnings("unchecked")
    private List<String> historyWhat(AccountView profile) {
        Grid<HistoryEntry> history = find(Grid.class, profile).single();
        return IntStream.range(0, test(history).size()).mapToObj(row -> test(history).getCellText(row, 2)).toList();
    }

    private List<String> names(AccountsView list) {
        var rows = test(list.grid);
        return IntStream.range(0, Math.min(500, rows.size())).mapToObj(i -> rows.getRow(i).name()).toList();
    }

    @Test
    void issue14_1_archive_from_edit_account_after_confirming_shows_the_banner_and_restore_brings_it_back() {
        String name = "Mario Archivio" + run;
        createIndividual("Archivio" + run);
        test(button("Edit account")).click();
        EditAccountDialog dialog = find(EditAccountDialog.class).single();
        test(dialog.archive).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Archive " + name + "?");
        test(confirm).confirm();

        AccountView archived = (AccountView) getCurrentView();
        assertThat(archived.getElement().getTextRecursively()).contains("Archived on").contains("read-only");
        assertThat(hasButton("Edit account")).as("read-only while archived").isFalse();
        assertThat(find.search(owner, "Archivio" + run, 10)).as("gone from the search").isEmpty();

        test(archived.tabs).select("Info");
        assertThat(historyWhat(archived)).first().isEqualTo(name + " archived");

        test(button("Restore")).click();
        AccountView restored = (AccountView) getCurrentView();
        assertThat(restored.getElement().getTextRecursively()).doesNotContain("Archived on");
        assertThat(historyWhat(restored)).first().isEqualTo(name + " restored");
        assertThat(hasButton("Edit account")).isTrue();
        assertThat(find.search(owner, "Archivio" + run, 10)).extracting(SearchHit::accountName).containsExactly(name);
    }

    @Test
    void issue14_1_the_list_shows_an_archived_account_only_under_its_archived_filter_with_no_bulk_actions() {
        String name = "Mario Filtro" + run;
        createIndividual("Filtro" + run);
        test(button("Edit account")).click();
        find(EditAccountDialog.class).single().archive();

        AccountsView list = navigate(AccountsView.class);
        assertThat(list.moreActions.isEnabled()).isTrue();
        test(list.archived).click();
        assertThat(names(list)).contains(name);
        assertThat(list.moreActions.isEnabled()).isFalse();
        test(list.archived).click();
        assertThat(names(list)).doesNotContain(name);
    }
}
