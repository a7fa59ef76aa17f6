package dev.traverse.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

/** The contracts are plain records that either side can use without Spring. */
@AnalyzeClasses(packages = "dev.traverse.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiContractsArchitectureTest {

    @ArchTest
    static final ArchRule noSpring =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noOtherTraverseModule = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.traverse.command..", "dev.traverse.query..", "dev.traverse.app..");

    @ArchTest
    static final ArchRule eventsCarryARevision = classes()
            .that()
            .implement(dev.traverse.api.organization.OrganizationScoped.class)
            .should()
            .beAnnotatedWith(Revision.class);

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that()
            .resideInAnyPackage("..organization", "..project", "..testcase")
            .and()
            .areTopLevelClasses()
            .and()
            .areNotInterfaces()
            .and()
            .areNotEnums()
            .should()
            .beRecords();
}
