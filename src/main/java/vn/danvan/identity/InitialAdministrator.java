package vn.danvan.identity;

import java.security.SecureRandom;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.danvan.org.OrgManagement;
import vn.danvan.shared.InvalidInput;

/**
 * On first start: the nation at the root of the tree and the {@code admin} account, with the password from
 * {@code DANVAN_ADMIN_PASSWORD} or a generated one printed once.
 */
@Component
@Order(10)
public class InitialAdministrator implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountAdministration administration;
    private final OrgManagement org;
    private final String configuredPassword;
    private final MessageSource messages;
    private String passwordOfThisStart;

    InitialAdministrator(AccountAdministration administration, OrgManagement org,
            @Value("${danvan.admin-password:}") String configuredPassword, MessageSource messages) {
        this.messages = messages;
        this.administration = administration;
        this.org = org;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (administration.exists(ADMIN)) {
            passwordOfThisStart = configuredPassword == null || configuredPassword.isBlank() ? null : configuredPassword;
            return;
        }
        var nation = org.ensureNation("VN", "Cộng hòa xã hội chủ nghĩa Việt Nam");
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        try {
            administration.openSystemAdministrator(ADMIN, "Quản trị hệ thống", nation, password);
        } catch (DuplicateKeyException startedTwice) {
            return;
        } catch (InvalidInput weak) {
            String rule = weak.fieldProblems().stream().findFirst()
                    .map(p -> messages.getMessage(p.code(), p.args(), Locale.ENGLISH)).orElse(weak.code());
            throw new IllegalStateException("DANVAN_ADMIN_PASSWORD does not meet the password policy: " + rule);
        }
        passwordOfThisStart = password;
        if (generated) {
            System.out.println();
            System.out.println("==================================================================");
            System.out.println(" Danvan: the account \"admin\" was created with the password");
            System.out.println("   " + password);
            System.out.println(" It is shown only this once. Set DANVAN_ADMIN_PASSWORD to choose it.");
            System.out.println("==================================================================");
            System.out.println();
        } else {
            log.info("Created the account \"admin\" with the password from DANVAN_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        while (password.length() < 14 || password.chars().noneMatch(Character::isDigit)
                || password.chars().noneMatch(Character::isLetter)) {
            if (password.length() >= 14) {
                password.setLength(0);
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * The administrator's password when it is known in this run (configured, or generated just now), so that demo
     * accounts can share it and only one secret is ever printed.
     */
    public java.util.Optional<String> knownPassword() {
        return java.util.Optional.ofNullable(passwordOfThisStart);
    }
}
