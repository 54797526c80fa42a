package vn.danvan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.danvan");

    @Test
    void controllersLiveInWebPackages() {
        ArchRule rule = classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..");
        rule.check(classes);
    }

    @Test
    void timeComesFromAnInjectedClock() {
        ArchRule rule = noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("business time comes from the injected Clock in Asia/Ho_Chi_Minh");
        rule.check(classes);
    }

    @Test
    void noUtilityOrHelperClasses() {
        ArchRule rule = noClasses().should().haveSimpleNameContaining("Util").orShould().haveSimpleNameContaining("Helper")
                .because("each class is named for its role in the domain");
        rule.check(classes);
    }

    @Test
    void onlyWebCodeUsesAModulesWebPackage() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().haveNameMatching("vn\\.danvan\\.(?!shared\\.)[a-z]+\\.web\\..*")
                .because("pages and endpoints sit on top of the domain, never the other way round")
                .check(classes);
    }
}
