package dev.traverse.command.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command side's boundaries. */
@AnalyzeClasses(packages = "dev.traverse.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandSideArchitectureTest {

    @ArchTest
    static final ArchRule neverReadsTheQuerySide =
            noClasses().should().dependOnClassesThat().resideInAPackage("dev.traverse.query..");

    @ArchTest
    static final ArchRule knowsNothingOfTheApplication =
            noClasses().should().dependOnClassesThat().resideInAPackage("dev.traverse.app..");

    @ArchTest
    static final ArchRule aggregatesStayFreeOfHttpAndSql = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Controller")
            .and()
            .haveSimpleNameNotEndingWith("Request")
            .and()
            .resideInAnyPackage("..organization..", "..project..", "..testcase..")
            .and()
            .areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("dev.traverse.command.(*)..").should().beFreeOfCycles();
}
