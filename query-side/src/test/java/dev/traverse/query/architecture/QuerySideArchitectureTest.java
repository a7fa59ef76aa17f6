package dev.traverse.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** The query side's boundaries. */
@AnalyzeClasses(packages = "dev.traverse.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

    @ArchTest
    static final ArchRule neverImportsTheCommandSide =
            noClasses().should().dependOnClassesThat().resideInAPackage("dev.traverse.command..");

    @ArchTest
    static final ArchRule sendsNoCommands = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.axonframework.commandhandling..", "org.axonframework.eventsourcing..");

    @ArchTest
    static final ArchRule everyProjectionNamesItsProcessingGroup = classes()
            .that()
            .containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are event handlers", method -> method.isAnnotatedWith(EventHandler.class)))
            .should()
            .beAnnotatedWith(ProcessingGroup.class);

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("dev.traverse.query.(*)..").should().beFreeOfCycles();
}
