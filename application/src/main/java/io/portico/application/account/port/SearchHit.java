package io.portico.application.account.port;

import io.portico.domain.account.AccountId;

/** E2: an account found by its name, or by a name or address of one of its contacts ({@code matched}). */
public record SearchHit(AccountId account, String accountName, String matched) {
}
