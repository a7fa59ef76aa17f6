package dev.traverse.command.testrun;

import dev.traverse.api.testrun.HistoryElementState;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.RunType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The bodies the run endpoints accept. */
public final class RunRequests {

    /** SHA-256 in lowercase hex: how artifacts are referenced. */
    static final String SHA256 = "[0-9a-f]{64}";

    private RunRequests() {}

    public record StartRun(
            @NotNull RunType runType,
            @Size(max = 200) Map<String, Object> testConfig,
            @Size(max = 64) String repairsRunId) {}

    public record HistoryEntry(
            @NotNull @PositiveOrZero Integer idxInRun,
            @NotBlank @Size(max = 64) String actionId,
            @NotNull Instant actionStartedAt,
            @NotNull Instant actionFinishedAt,
            @NotNull HistoryElementState historyElementState,

            @Pattern(regexp = SHA256, message = "must be the SHA-256 of an uploaded artifact")
            String screenshot) {}

    public record UsageEntry(
            @NotNull @PositiveOrZero Integer idx,
            @NotBlank @Size(max = 200) String modelType,
            @NotNull @PositiveOrZero Long inputTokenNum,
            @NotNull @PositiveOrZero Long completionTokenNum,
            @DecimalMin("0") BigDecimal costInDollars) {}

    public record Finish(
            @NotNull RunState state,
            Instant finishedAt,
            Boolean repairWasNeeded,

            @Pattern(regexp = SHA256, message = "must be the SHA-256 of an uploaded artifact")
            String runGif) {}
}
