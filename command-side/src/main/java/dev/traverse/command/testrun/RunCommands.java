package dev.traverse.command.testrun;

import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.testrun.FinishTestRun;
import dev.traverse.api.testrun.HistoryElement;
import dev.traverse.api.testrun.RecordHistory;
import dev.traverse.api.testrun.RecordUsage;
import dev.traverse.api.testrun.RunType;
import dev.traverse.api.testrun.StartTestRun;
import dev.traverse.api.testrun.Usage;
import dev.traverse.api.traversal.StartTraversalVersion;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.id.Ids;
import dev.traverse.command.pricing.Price;
import dev.traverse.command.pricing.Prices;
import dev.traverse.command.rejection.CommandRejectedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares run commands: pins the path version a run executes (a repairing run gets a fresh version), checks that
 * history names actions of that version and artifacts of the organization, and prices usage.
 */
@Service
public class RunCommands {

    /** Price source of a usage whose dollars the caller gave. */
    public static final String CALLER_PRICED = "caller";
    /** Price source of a usage no price matched: its cost is 0 until an admin sets a price for later reports. */
    public static final String UNPRICED = "unpriced";

    private final CommandGateway commands;
    private final Directory directory;
    private final Prices prices;
    private final Duration timeout;

    RunCommands(
            CommandGateway commands,
            Directory directory,
            Prices prices,
            @Value("${traverse.runs.timeout:2h}") Duration timeout) {
        this.commands = commands;
        this.directory = directory;
        this.prices = prices;
        this.timeout = timeout;
    }

    /**
     * Starts a run of the traversal {@code traversal} addresses and returns its id.
     *
     * @param startedAt when the run started, for imported runs; null for now
     */
    @Transactional
    public String start(
            AccessGrant traversal,
            RunType runType,
            Map<String, Object> testConfig,
            String repairsRunId,
            Instant startedAt) {
        directory.requireOpenProject(traversal.projectId());
        String traversalId = traversal.resourceId();
        String runId = Ids.next();
        int version = currentVersion(traversalId);
        if (repairsRunId != null) {
            Directory.PinnedRun repaired = directory
                    .run(repairsRunId)
                    .filter(run -> run.traversalId().equals(traversalId))
                    .orElseThrow(() -> CommandRejectedException.unknownReference("repairs_run_id", repairsRunId));
            version = commands.sendAndWait(
                    new StartTraversalVersion(traversalId, "repair of run " + repaired.runId(), runId));
        } else if (runType == RunType.REPLAY && directory.actionCount(traversalId, version) == 0) {
            throw CommandRejectedException.conflict(
                    "run_type", "the traversal has no recorded path to replay yet; start an AGENTIC run");
        }
        String testCaseId = directory.parentOf(traversalId).orElseThrow();
        Instant start = startedAt != null ? startedAt : Instant.now();
        commands.sendAndWait(new StartTestRun(
                runId,
                traversalId,
                testCaseId,
                traversal.projectId(),
                traversal.organizationId(),
                runType,
                version,
                testConfig == null ? Map.of() : testConfig,
                repairsRunId,
                start,
                start.plus(timeout)));
        return runId;
    }

    /** Records history elements of the run {@code run} addresses. */
    @Transactional
    public List<HistoryElement> recordHistory(AccessGrant run, List<RunRequests.HistoryEntry> entries) {
        Directory.PinnedRun pinned = directory.run(run.resourceId()).orElseThrow();
        directory.requireActionsOf(
                pinned.traversalId(),
                pinned.version(),
                entries.stream().map(RunRequests.HistoryEntry::actionId).toList(),
                "elements");
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            fields.add("elements[" + i + "].screenshot");
        }
        directory.requireArtifacts(
                run.organizationId(),
                entries.stream().map(RunRequests.HistoryEntry::screenshot).toList(),
                fields);
        List<HistoryElement> elements = entries.stream()
                .map(entry -> new HistoryElement(
                        Ids.next(),
                        entry.idxInRun(),
                        entry.actionId(),
                        entry.actionStartedAt(),
                        entry.actionFinishedAt(),
                        entry.historyElementState(),
                        entry.screenshot()))
                .toList();
        return commands.sendAndWait(new RecordHistory(run.resourceId(), elements));
    }

    /** Prices and records usage reports of the run {@code run} addresses. */
    @Transactional
    public List<Usage> recordUsage(AccessGrant run, List<RunRequests.UsageEntry> entries) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Usage> usages = entries.stream()
                .map(entry -> priced(run.organizationId(), entry, today))
                .toList();
        return commands.sendAndWait(new RecordUsage(run.resourceId(), usages));
    }

    @Transactional
    public void finish(AccessGrant run, RunRequests.Finish request) {
        directory.requireArtifacts(
                run.organizationId(), java.util.Collections.singletonList(request.runGif()), List.of("run_gif"));
        commands.sendAndWait(new FinishTestRun(
                run.resourceId(), request.state(), request.finishedAt(), request.repairWasNeeded(), request.runGif()));
    }

    private Usage priced(String organizationId, RunRequests.UsageEntry entry, LocalDate day) {
        long input = entry.inputTokenNum();
        long completion = entry.completionTokenNum();
        if (entry.costInDollars() != null) {
            return new Usage(
                    entry.idx(),
                    entry.modelType(),
                    input,
                    completion,
                    null,
                    null,
                    entry.costInDollars(),
                    CALLER_PRICED);
        }
        Optional<Price> price = prices.priceOf(organizationId, entry.modelType(), day);
        return price.map(p -> new Usage(
                        entry.idx(),
                        entry.modelType(),
                        input,
                        completion,
                        p.inputPricePerToken(),
                        p.outputPricePerToken(),
                        p.cost(input, completion),
                        p.modelPattern()))
                .orElseGet(() -> new Usage(
                        entry.idx(), entry.modelType(), input, completion, null, null, BigDecimal.ZERO, UNPRICED));
    }

    private int currentVersion(String traversalId) {
        return directory.currentVersion(traversalId);
    }
}
