package io.portico.domain.portal;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.portico.domain.account.AccountId;
import org.junit.jupiter.api.Test;

class PortalAccountTest {

    @Test
    void B7_an_account_in_the_portal_has_its_id_and_its_name() {
        assertThatNullPointerException().isThrownBy(() -> new PortalAccount(null, "Rossi")).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new PortalAccount(AccountId.random(), null)).withMessage("name");
    }
}
