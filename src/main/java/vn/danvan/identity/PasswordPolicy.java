package vn.danvan.identity;

import java.util.Locale;
import java.util.Set;

import vn.danvan.shared.InvalidInput;

/**
 * What a password must be: at least ten characters with letters and digits, not the username, not a well-known
 * password. Length beats complexity rules, so the bar is length plus a little variety.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "1234567890", "12345678910",
            "qwertyuiop", "matkhau123", "matkhau1234", "admin12345", "danvan2026", "abc1234567", "vietnam123",
            "iloveyou12", "123456789a", "a123456789");

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInput.field("newPassword", "identity.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw InvalidInput.field("newPassword", "identity.password.too-long", MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw InvalidInput.field("newPassword", "identity.password.needs-letter-and-digit");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw InvalidInput.field("newPassword", "identity.password.contains-username");
        }
        if (COMMON.contains(lower)) {
            throw InvalidInput.field("newPassword", "identity.password.too-common");
        }
    }
}
