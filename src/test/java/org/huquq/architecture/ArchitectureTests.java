package org.huquq.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules that keep the code where a reader expects it, and keep SQL out of string concatenation. */
class ArchitectureTests {

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.huquq");
    }

    @Test
    void controllersLiveInWebPackages() {
        ArchRule rule = classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..");
        rule.check(production);
    }

    @Test
    void noQueriesAreBuiltFromStrings() {
        // Queries are declared (@Query, derived methods, Hibernate Search DSL): nobody builds SQL or JPQL at run time.
        ArchRule rule = noClasses().should().callMethod(jakarta.persistence.EntityManager.class, "createQuery", String.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createQuery", String.class, Class.class)
                .orShould().callMethod(java.sql.Connection.class, "prepareStatement", String.class)
                .orShould().callMethod(java.sql.Statement.class, "execute", String.class)
                .orShould().callMethod(java.sql.Statement.class, "executeQuery", String.class)
                .orShould().callMethod(java.sql.Statement.class, "executeUpdate", String.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate");
        rule.check(production);
    }

    @Test
    void declaredQueriesAreConstants() {
        ArchRule rule = methods().that().areAnnotatedWith(Query.class).should().beDeclaredInClassesThat().areInterfaces();
        rule.check(production);
    }
}
