package dev.traverse.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.traverse.api.organization.OrganizationScoped;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * docs/event-catalog.md lists every event with its revision and JSON fields; this test fails when code and catalog
 * disagree, and prints the rows the catalog should have. An event past revision 1 must also say, in its row, what
 * each older revision was: auditors read stored events in their old shapes.
 */
class EventCatalogTest {

    private static final Path CATALOG = Path.of("..", "docs", "event-catalog.md");
    private static final Pattern ROW =
            Pattern.compile("^\\| `(\\w+)` \\| (\\S+) \\| ([^|]*) \\| ([^|]*) \\|", Pattern.MULTILINE);

    @Test
    void catalogListsEveryEventWithItsRevisionAndFields() throws IOException {
        List<Class<?>> events = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.traverse.api")
                        .stream()
                        .filter(type -> type.isAssignableTo(OrganizationScoped.class) && !type.isInterface())
                        .map(JavaClass::reflect)
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .collect(Collectors.toList());
        Set<String> expected = new TreeSet<>();
        for (Class<?> event : events) {
            expected.add(row(event));
        }

        String catalog = Files.readString(CATALOG);
        Set<String> documented = new TreeSet<>();
        Matcher matcher = ROW.matcher(catalog);
        while (matcher.find()) {
            documented.add("| `" + matcher.group(1) + "` | " + matcher.group(2) + " | "
                    + matcher.group(3).trim() + " |");
        }

        assertThat(events).isNotEmpty();
        assertThat(documented)
                .as("rows of docs/event-catalog.md; expected rows:%n%s", String.join("\n", expected))
                .isEqualTo(expected);
    }

    @Test
    void rowsOfLaterRevisionsDescribeEveryOlderRevision() throws IOException {
        Matcher matcher = ROW.matcher(Files.readString(CATALOG));
        List<String> undescribed = new java.util.ArrayList<>();
        while (matcher.find()) {
            if (!matcher.group(2).matches("\\d+")) {
                continue;
            }
            for (int older = 1; older < Integer.parseInt(matcher.group(2)); older++) {
                if (!Pattern.compile("(?i)\\brevision " + older + "\\b")
                        .matcher(matcher.group(4))
                        .find()) {
                    undescribed.add(matcher.group(1) + " revision " + older);
                }
            }
        }
        assertThat(undescribed)
                .as("events whose catalog row does not say what an older revision was")
                .isEmpty();
    }

    private static String row(Class<?> event) {
        Revision revision = event.getAnnotation(Revision.class);
        String fields = Arrays.stream(event.getRecordComponents())
                .map(RecordComponent::getName)
                .map(name -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(name))
                .collect(Collectors.joining(", "));
        return "| `" + event.getSimpleName() + "` | " + (revision == null ? "-" : revision.value()) + " | " + fields
                + " |";
    }
}
