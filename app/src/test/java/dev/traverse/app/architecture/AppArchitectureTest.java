package dev.traverse.app.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The application's feature packages depend on each other without cycles. */
@AnalyzeClasses(packages = "dev.traverse.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("dev.traverse.app.(*)..").should().beFreeOfCycles();
}
