package dev.traverse.command.browseruse;

import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.testrun.HistoryElementState;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.RunType;
import dev.traverse.api.traversal.Action;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.api.traversal.RecordImport;
import dev.traverse.api.traversal.RecordedPath;
import dev.traverse.api.traversal.StartTraversalVersion;
import dev.traverse.command.artifact.ArtifactStore;
import dev.traverse.command.artifact.MediaTypes;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.id.Ids;
import dev.traverse.command.testrun.RunCommands;
import dev.traverse.command.testrun.RunRequests;
import dev.traverse.command.traversal.TraversalCommands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a browser-use history file into a path version of a traversal and, on request, into a finished AGENTIC run:
 * each step a brain state, each action an action with its DOM element, each executed action a history element (an
 * error in its result makes it FAILED), inline screenshots artifacts, token counts usage. The raw file is kept as an
 * artifact. All of it commits in one transaction.
 */
@Service
public class BrowserUseImporter {

    private final BrowserUseParser parser = new BrowserUseParser();
    private final ArtifactStore artifacts;
    private final TraversalCommands traversals;
    private final RunCommands runs;
    private final CommandGateway commands;
    private final Directory directory;

    BrowserUseImporter(
            ArtifactStore artifacts,
            TraversalCommands traversals,
            RunCommands runs,
            CommandGateway commands,
            Directory directory) {
        this.artifacts = artifacts;
        this.traversals = traversals;
        this.runs = runs;
        this.commands = commands;
        this.directory = directory;
    }

    /** What an import produced. */
    public record ImportResult(
            String traversalId,
            int version,
            String runId,
            String runState,
            String detectedFormat,
            String rawArtifact,
            int brainStates,
            int actions,
            int historyElements,
            int screenshots,
            int usages) {}

    /**
     * Imports {@code file} into the traversal {@code traversal} addresses.
     *
     * @param createRun whether to record a finished AGENTIC run from the history too
     * @param model the model to price per-step token counts with when the file names none
     */
    @Transactional
    public ImportResult importHistory(AccessGrant traversal, byte[] file, boolean createRun, String model) {
        ImportedHistory history = parser.parse(file);
        directory.requireOpenProject(traversal.projectId());
        String traversalId = traversal.resourceId();
        String raw = artifacts
                .store(file, MediaTypes.JSON, traversal.organizationId(), traversal.projectId())
                .sha256();
        int version = directory.currentVersion(traversalId);
        if (directory.actionCount(traversalId, version) > 0) {
            version =
                    commands.sendAndWait(new StartTraversalVersion(traversalId, "import of " + history.format(), null));
        }
        RecordedPath path = traversals.record(traversalId, brainStates(history));
        List<String> screenshots = storeScreenshots(history, traversal);

        String runId = null;
        String runState = null;
        int elements = 0;
        int usages = 0;
        if (createRun) {
            Instant start = firstTime(history);
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("source", "browser-use import");
            config.put("format", history.format());
            if (model != null) {
                config.put("model", model);
            }
            runId = runs.start(traversal, RunType.AGENTIC, config, null, start);
            AccessGrant run = traversal.addressing(ResourceKind.RUN, runId);
            List<RunRequests.HistoryEntry> entries = historyOf(history, path, screenshots, start);
            if (!entries.isEmpty()) {
                runs.recordHistory(run, entries);
            }
            List<RunRequests.UsageEntry> usage = usageOf(history, model);
            if (!usage.isEmpty()) {
                runs.recordUsage(run, usage);
            }
            RunState outcome = history.succeeded() ? RunState.PASSED : RunState.FAILED;
            runs.finish(run, new RunRequests.Finish(outcome, lastTime(history, start), false, null));
            runState = outcome.name();
            elements = entries.size();
            usages = usage.size();
        }
        commands.sendAndWait(new RecordImport(
                traversalId,
                path.version(),
                runId,
                raw,
                history.format(),
                history.steps().size()));
        int actions = path.brainStates().stream()
                .mapToInt(state -> state.actions().size())
                .sum();
        return new ImportResult(
                traversalId,
                path.version(),
                runId,
                runState,
                history.format(),
                raw,
                path.brainStates().size(),
                actions,
                elements,
                (int) screenshots.stream().filter(Objects::nonNull).count(),
                usages);
    }

    private static List<BrainState> brainStates(ImportedHistory history) {
        List<BrainState> states = new ArrayList<>();
        for (int i = 0; i < history.steps().size(); i++) {
            ImportedHistory.Step step = history.steps().get(i);
            List<Action> actions = new ArrayList<>();
            for (int a = 0; a < step.actions().size(); a++) {
                ImportedHistory.ImportedAction action = step.actions().get(a);
                actions.add(new Action(Ids.next(), a, action.action(), action.domElementData()));
            }
            states.add(new BrainState(
                    Ids.next(),
                    i,
                    step.valid(),
                    step.evaluationPreviousGoal(),
                    step.memory(),
                    step.nextGoal(),
                    actions));
        }
        return states;
    }

    /** The SHA-256 of each step's inline screenshot, stored as an artifact, or null. */
    private List<String> storeScreenshots(ImportedHistory history, AccessGrant traversal) {
        List<String> hashes = new ArrayList<>();
        for (ImportedHistory.Step step : history.steps()) {
            String hash = null;
            if (step.screenshot() != null) {
                hash = MediaTypes.sniff(step.screenshot())
                        .filter(type -> type.startsWith("image/"))
                        .map(type -> artifacts
                                .store(step.screenshot(), type, traversal.organizationId(), traversal.projectId())
                                .sha256())
                        .orElse(null);
            }
            hashes.add(hash);
        }
        return hashes;
    }

    private static List<RunRequests.HistoryEntry> historyOf(
            ImportedHistory history, RecordedPath path, List<String> screenshots, Instant fallback) {
        List<RunRequests.HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < history.steps().size(); i++) {
            ImportedHistory.Step step = history.steps().get(i);
            List<Action> actions = path.brainStates().get(i).actions();
            Instant started = step.startedAt() != null ? step.startedAt() : fallback;
            Instant finished =
                    step.finishedAt() != null && !step.finishedAt().isBefore(started) ? step.finishedAt() : started;
            int executed = Math.min(step.results().size(), actions.size());
            for (int r = 0; r < executed; r++) {
                ImportedHistory.Result result = step.results().get(r);
                entries.add(new RunRequests.HistoryEntry(
                        entries.size(),
                        actions.get(r).actionId(),
                        started,
                        finished,
                        result.failed() ? HistoryElementState.FAILED : HistoryElementState.PASSED,
                        screenshots.get(i)));
            }
        }
        return entries;
    }

    private static List<RunRequests.UsageEntry> usageOf(ImportedHistory history, String model) {
        List<RunRequests.UsageEntry> usage = new ArrayList<>();
        if (!history.usageByModel().isEmpty()) {
            for (ImportedHistory.ModelUsage byModel : history.usageByModel()) {
                usage.add(new RunRequests.UsageEntry(
                        usage.size(),
                        byModel.model(),
                        byModel.promptTokens(),
                        byModel.completionTokens(),
                        byModel.cost()));
            }
            return usage;
        }
        String name = model != null ? model : "unknown";
        for (ImportedHistory.Step step : history.steps()) {
            if (step.inputTokens() != null) {
                usage.add(new RunRequests.UsageEntry(usage.size(), name, step.inputTokens(), 0L, null));
            }
        }
        return usage;
    }

    private static Instant firstTime(ImportedHistory history) {
        return history.steps().stream()
                .map(ImportedHistory.Step::startedAt)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(Instant.now());
    }

    private static Instant lastTime(ImportedHistory history, Instant start) {
        Instant last = start;
        for (ImportedHistory.Step step : history.steps()) {
            if (step.finishedAt() != null && step.finishedAt().isAfter(last)) {
                last = step.finishedAt();
            }
        }
        return last;
    }
}
