package claimdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md section 5, in code. Each rule says why, so a failure explains itself. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("claimdesk");
    }

    @Test
    void modelDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("claimdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("claimdesk.analysis..", "claimdesk.store..",
                        "claimdesk.report..", "claimdesk.service..", "claimdesk.cli..", "claimdesk.ui..")
                .because("the model is the shared vocabulary; it must load without any other layer")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void analysisAndStoreDependOnlyOnTheModel() {
        noClasses().that().resideInAPackage("claimdesk.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("claimdesk.store..", "claimdesk.report..",
                        "claimdesk.service..", "claimdesk.cli..", "claimdesk.ui..")
                .because("analysis is pure functions of model values")
                .allowEmptyShould(true)
                .check(production);
        noClasses().that().resideInAPackage("claimdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("claimdesk.analysis..", "claimdesk.report..",
                        "claimdesk.service..", "claimdesk.cli..", "claimdesk.ui..")
                .because("storage keeps and returns model values and knows nothing above it")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void reportDependsOnlyOnAnalysisAndModel() {
        noClasses().that().resideInAPackage("claimdesk.report..")
                .should().dependOnClassesThat().resideInAnyPackage("claimdesk.store..", "claimdesk.service..",
                        "claimdesk.cli..", "claimdesk.ui..")
                .because("report writers turn model values into files; the caller loads the data")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void nothingDependsOnTheFrontEnds() {
        noClasses().that().resideOutsideOfPackages("claimdesk.cli..").and().doNotHaveFullyQualifiedName("claimdesk.Main")
                .should().dependOnClassesThat().resideInAPackage("claimdesk.cli..")
                .because("the command line is a front end; services must not call back into it")
                .allowEmptyShould(true)
                .check(production);
        noClasses().that().resideOutsideOfPackages("claimdesk.ui..").and().doNotHaveFullyQualifiedName("claimdesk.Main")
                .should().dependOnClassesThat().resideInAPackage("claimdesk.ui..")
                .because("the app is a front end; the command line must run without it")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("claimdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..",
                        "atlantafx..")
                .because("the command line must run on a bare JDK, and services must test without a toolkit")
                .allowEmptyShould(true)
                .check(production);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .because("Claimdesk is a JavaFX app; Swing and AWT pull in a second toolkit")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void onlyTheStoreTouchesSql() {
        noClasses().that().resideOutsideOfPackages("claimdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                        "org.h2..", "org.flywaydb..")
                .because("storage is the only place that knows there is a database (a PostgreSQL ledger is planned)")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void viewModelsUseNoSceneGraph() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..")
                .because("view models hold state and logic and must test without a toolkit")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackages("claimdesk.cli..").and().doNotHaveFullyQualifiedName("claimdesk.Main")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("everything else logs; only the command line talks to the terminal")
                .allowEmptyShould(true)
                .check(production);
    }
}
