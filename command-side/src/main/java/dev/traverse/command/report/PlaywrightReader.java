package dev.traverse.command.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestResult;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the parts of Playwright's JSON reporter output: {@code config} (version, shard), {@code suites} (files,
 * nested describe blocks, specs, a test per project, a result per attempt), {@code errors} (global setup or web
 * server failures) and {@code stats} (1.40 and later). Suites are streamed; only one spec at a time is held as a
 * tree, so memory follows the largest spec, not the report.
 */
final class PlaywrightReader {

    private final ObjectMapper json;
    private final ResultList counter;
    private final List<Pending> pending = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private String version;
    private Integer shardIndex;
    private Integer shardTotal;
    private Instant statsStart;
    private Long statsDuration;
    private Instant firstStart;
    private Instant lastEnd;
    private int interrupted;
    private int notRun;

    PlaywrightReader(ObjectMapper json, ResultList counter) {
        this.json = json;
        this.counter = counter;
    }

    void config(JsonNode config) {
        if (!config.isObject()) {
            throw new NotAReportException("config", "config must be an object");
        }
        version = config.path("version").isTextual() ? config.get("version").asText() : null;
        JsonNode shard = config.path("shard");
        if (shard.isObject()
                && shard.path("current").isInt()
                && shard.path("total").isInt()) {
            shardIndex = shard.get("current").asInt();
            shardTotal = shard.get("total").asInt();
        }
    }

    void stats(JsonNode stats) {
        statsStart = instant(stats.path("startTime"));
        if (stats.path("duration").isNumber()) {
            statsDuration = Math.max(0, Math.round(stats.get("duration").asDouble()));
        }
    }

    void errors(JsonNode array) {
        if (!array.isArray()) {
            throw new NotAReportException("errors", "errors must be an array");
        }
        for (JsonNode error : array) {
            String message = ReportText.message(PlaywrightVerdicts.firstText(error, "message", "value", "stack"));
            if (message != null && errors.size() < ReportText.RUN_ERRORS) {
                errors.add(message);
            }
        }
    }

    void suites(JsonParser parser) throws IOException {
        suites(parser, null, "suites");
    }

    private void suites(JsonParser parser, Suite parent, String at) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new NotAReportException(at, at + " must be an array of suites");
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String suiteAt = at + "[" + index++ + "]";
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new NotAReportException(suiteAt, "a suite must be an object");
            }
            suite(parser, new Suite(parent), suiteAt);
        }
    }

    private void suite(JsonParser parser, Suite suite, String at) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "title" -> suite.title = parser.getValueAsString();
                case "file" -> suite.file = parser.getValueAsString();
                case "specs" -> specs(parser, suite, at + ".specs");
                case "suites" -> suites(parser, suite, at + ".suites");
                default -> parser.skipChildren();
            }
        }
    }

    private void specs(JsonParser parser, Suite suite, String at) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new NotAReportException(at, at + " must be an array of specs");
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            spec(json.readTree(parser), suite, at + "[" + index++ + "]");
        }
    }

    private void spec(JsonNode spec, Suite suite, String at) {
        if (!spec.isObject()
                || !spec.path("title").isTextual()
                || !spec.path("tests").isArray()) {
            throw new NotAReportException(at, "a spec has a title and a tests array");
        }
        String file = spec.path("file").isTextual() ? spec.get("file").asText() : null;
        int index = 0;
        for (JsonNode test : spec.get("tests")) {
            String testAt = at + ".tests[" + index++ + "]";
            if (!test.isObject()) {
                throw new NotAReportException(testAt, "a test must be an object");
            }
            // Counted as they are read, so an oversized report is refused before it is read to the end.
            counter.count();
            pending.add(test(test, suite, spec.get("title").asText(), file, testAt));
        }
    }

    private Pending test(JsonNode test, Suite suite, String title, String file, String at) {
        JsonNode attempts = test.path("results");
        if (!attempts.isMissingNode() && !attempts.isArray()) {
            throw new NotAReportException(at + ".results", "results must be an array");
        }
        String project = PlaywrightVerdicts.firstText(test, "projectName", "projectId");
        Set<String> annotations = PlaywrightVerdicts.annotations(test);
        long duration = 0;
        boolean wasInterrupted = false;
        Set<String> attachments = new LinkedHashSet<>();
        for (JsonNode result : attempts) {
            duration += Math.max(0, Math.round(result.path("duration").asDouble(0)));
            wasInterrupted |= "interrupted".equals(result.path("status").asText());
            annotations.addAll(PlaywrightVerdicts.annotations(result));
            for (JsonNode attachment : result.path("attachments")) {
                if (attachment.path("name").isTextual() && attachments.size() < ReportText.ATTACHMENTS) {
                    attachments.add(ReportText.name(attachment.get("name").asText(), ReportText.ATTACHMENT));
                }
            }
            time(result);
        }
        TestOutcome outcome = PlaywrightVerdicts.outcome(test, attempts, annotations, at);
        if (wasInterrupted) {
            interrupted++;
        } else if (outcome == TestOutcome.SKIPPED
                && attempts.isEmpty()
                && !annotations.contains("skip")
                && !"skipped".equals(test.path("expectedStatus").asText())) {
            notRun++;
        }
        String error = PlaywrightVerdicts.error(test, attempts, outcome);
        return new Pending(
                suite, title, file, project, outcome, attempts.size(), duration, error, List.copyOf(attachments));
    }

    private void time(JsonNode result) {
        Instant start = instant(result.path("startTime"));
        if (start == null) {
            return;
        }
        Instant end =
                start.plusMillis(Math.max(0, Math.round(result.path("duration").asDouble(0))));
        firstStart = firstStart == null || start.isBefore(firstStart) ? start : firstStart;
        lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
    }

    List<TestResult> results() {
        return ResultList.unique(pending.stream().map(Pending::result).toList());
    }

    List<String> runErrors() {
        return errors;
    }

    String version() {
        return version;
    }

    Integer shardIndex() {
        return shardIndex;
    }

    Integer shardTotal() {
        return shardTotal;
    }

    /** {@code stats.startTime} (1.40+), else the first attempt's start. */
    Instant runAt() {
        return statsStart != null ? statsStart : firstStart;
    }

    /** {@code stats.duration} (1.40+), else from the first attempt's start to the last one's end. */
    Long duration() {
        if (statsDuration != null) {
            return statsDuration;
        }
        return firstStart == null ? null : lastEnd.toEpochMilli() - firstStart.toEpochMilli();
    }

    int interrupted() {
        return interrupted;
    }

    int notRun() {
        return notRun;
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A describe block or file. Titles are read as the stream goes by, possibly after the specs inside, so the
     * title path of a test is resolved only once the whole report was read.
     */
    private static final class Suite {
        private final Suite parent;
        private String title;
        private String file;

        Suite(Suite parent) {
            this.parent = parent;
        }

        /** The describe titles from the file down: the top-level suite is the file itself and is left out. */
        void titles(List<String> into) {
            if (parent == null) {
                return;
            }
            parent.titles(into);
            if (title != null && !title.isBlank()) {
                into.add(title);
            }
        }

        String file() {
            if (file != null) {
                return file;
            }
            return parent != null ? parent.file() : title;
        }
    }

    /** A test whose title path is known once its suites are read. */
    private record Pending(
            Suite suite,
            String title,
            String file,
            String project,
            TestOutcome outcome,
            int attempts,
            long duration,
            String error,
            List<String> attachments) {

        TestResult result() {
            List<String> titles = new ArrayList<>();
            suite.titles(titles);
            titles.add(title);
            String path = String.join(" › ", titles.stream().map(t -> t.strip()).toList());
            return new TestResult(
                    ReportText.path(file != null ? file : suite.file()),
                    ReportText.name(path, ReportText.TITLE),
                    ReportText.name(project, ReportText.PROJECT),
                    outcome,
                    attempts,
                    duration,
                    error,
                    attachments);
        }
    }
}
