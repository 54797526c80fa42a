package vn.danvan.identity;

import vn.danvan.shared.NotFound;

/**
 * No such account, or none the acting user may manage.
 */
public class AccountNotFound extends NotFound {

    public AccountNotFound() {
        super("identity.account.not-found");
    }
}
