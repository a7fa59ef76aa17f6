package dev.traverse.command.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.api.report.TestTool;
import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a CI test report in one streaming pass over its top-level fields and tells which tool wrote it: Playwright
 * ({@code config} and {@code suites}) or Vitest ({@code testResults} and {@code numTotalTests}). Memory follows the
 * largest spec or test file plus the compact results, not the report.
 */
final class ReportParser {

    /** Fields only Jest's JSON has; Vitest copies Jest's format but not these. */
    private static final Set<String> JEST_ONLY = Set.of("wasInterrupted", "numRuntimeErrorTestSuites", "openHandles");

    private final ObjectMapper json = new ObjectMapper();
    private final int maxTests;

    ReportParser(int maxTests) {
        this.maxTests = maxTests;
    }

    /**
     * Parses {@code content}.
     *
     * @param declared the tool the caller named, or null to detect it
     * @throws CommandRejectedException 400 when the body is not JSON; 422 when it is no report Traverse reads, or a
     *     report of another tool than {@code declared}
     */
    ParsedReport parse(byte[] content, TestTool declared) {
        ResultList counter = new ResultList(maxTests);
        PlaywrightReader playwright = new PlaywrightReader(json, counter);
        VitestReader vitest = new VitestReader(json, counter);
        Set<String> fields = new HashSet<>();
        try (JsonParser parser = json.getFactory().createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw malformed("the body is empty; send the report's JSON");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new NotAReportException(null, "a test report is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                fields.add(field);
                switch (field) {
                    case "config" -> playwright.config(json.readTree(parser));
                    case "suites" -> playwright.suites(parser);
                    case "errors" -> playwright.errors(json.readTree(parser));
                    case "stats" -> playwright.stats(json.readTree(parser));
                    case "testResults" -> vitest.testResults(parser);
                    case "startTime" -> vitest.startTime(json.readTree(parser));
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw malformed("the body has more after its JSON object");
            }
        } catch (JsonProcessingException e) {
            throw malformed("the body is not well-formed JSON (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed("the body cannot be read as JSON");
        }
        TestTool tool = detect(fields);
        if (declared != null && declared != tool) {
            throw new NotAReportException(
                    "test_tool",
                    "test_tool is " + declared.wireName() + " but the report is a " + tool.wireName() + " JSON report");
        }
        return tool == TestTool.PLAYWRIGHT
                ? new ParsedReport(
                        tool,
                        playwright.version(),
                        playwright.runAt(),
                        playwright.duration(),
                        playwright.shardIndex(),
                        playwright.shardTotal(),
                        playwright.runErrors(),
                        playwright.results(),
                        playwright.interrupted(),
                        playwright.notRun())
                : new ParsedReport(
                        tool,
                        null,
                        vitest.runAt(),
                        vitest.duration(),
                        null,
                        null,
                        vitest.runErrors(),
                        vitest.results(),
                        vitest.interrupted(),
                        0);
    }

    private static TestTool detect(Set<String> fields) {
        boolean playwright = fields.contains("config") && fields.contains("suites");
        boolean vitest = fields.contains("testResults") && fields.contains("numTotalTests");
        if (vitest && fields.stream().anyMatch(JEST_ONLY::contains)) {
            throw new NotAReportException(
                    null, "this is a Jest JSON report; Traverse reads the JSON reporters of Playwright and Vitest");
        }
        if (playwright == vitest) {
            throw new NotAReportException(
                    null,
                    playwright
                            ? "the JSON has the fields of both a Playwright and a Vitest report"
                            : "the JSON is no known test report: a Playwright JSON report has config and suites, a"
                                    + " Vitest JSON report has testResults and numTotalTests");
        }
        return playwright ? TestTool.PLAYWRIGHT : TestTool.VITEST;
    }

    private static CommandRejectedException malformed(String detail) {
        return new CommandRejectedException(Rejection.MALFORMED, null, detail);
    }
}
