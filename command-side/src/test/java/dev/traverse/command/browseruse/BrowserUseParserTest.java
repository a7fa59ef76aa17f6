package dev.traverse.command.browseruse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;
import dev.traverse.testsupport.SharedFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The parser on real browser-use files of two eras, a hand-written newest-format file, and things that are none. */
class BrowserUseParserTest {

    private final BrowserUseParser parser = new BrowserUseParser();

    @Test
    void readsTheNestedCurrentStateEraWithActionListsAndStepTokens() {
        ImportedHistory history = parser.parse(
                SharedFixtures.bytes("browser-use/jakkaj-tools_AgentHistory_v0.1.4x_screenshots-stripped.json"));

        assertThat(history.format()).isEqualTo(BrowserUseParser.NESTED_STATE);
        assertThat(history.steps()).hasSize(6);
        ImportedHistory.Step first = history.steps().get(0);
        assertThat(first.evaluationPreviousGoal()).startsWith("Unknown - No previous actions");
        assertThat(first.nextGoal()).startsWith("Search the web for official leaderboards");
        assertThat(first.actions()).hasSize(2);
        assertThat(first.actions().get(0).action()).containsKey("search_google");
        assertThat(first.results()).hasSize(2).noneMatch(ImportedHistory.Result::failed);
        assertThat(first.inputTokens()).isEqualTo(3168L);
        assertThat(first.startedAt()).isEqualTo(Instant.parse("2025-10-04T05:17:48.559810Z"));
        // The researcher replaced the base64 screenshots with a note: no image, and no failure.
        assertThat(first.screenshot()).isNull();
        // Step 3 clicked, failed, and never ran its second action.
        ImportedHistory.Step third = history.steps().get(2);
        assertThat(third.actions()).hasSize(2);
        assertThat(third.results()).hasSize(1);
        assertThat(third.results().get(0).failed()).isTrue();
        assertThat(history.succeeded()).isTrue();
        assertThat(history.usageByModel()).isEmpty();
    }

    @Test
    void readsTheFlattenedEraWithDomElementsAndAnUnsuccessfulDone() {
        ImportedHistory history = parser.parse(SharedFixtures.bytes("browser-use/waigenie-qa_agent_history_v0.7.json"));

        assertThat(history.format()).isEqualTo(BrowserUseParser.FLATTENED);
        assertThat(history.steps()).hasSize(5);
        ImportedHistory.Step first = history.steps().get(0);
        assertThat(first.memory()).contains("Ember form page");
        assertThat(first.actions().get(0).action()).containsKey("input_text");
        assertThat(first.actions().get(0).domElementData())
                .containsEntry("node_name", "INPUT")
                .containsEntry("x_path", "html/body/div/div[2]/div/form/div[1]/div[1]/div[1]/input");
        assertThat(first.inputTokens()).isNull();
        assertThat(history.steps().get(4).results().get(0).isDone()).isTrue();
        assertThat(history.succeeded()).as("done with success=false").isFalse();
    }

    @Test
    void readsTheNewestFormatWithRenamedActionsAndAUsageSummary() throws IOException {
        ImportedHistory history = parser.parse(resource("/browser-use/hand-written-0.9-format.json"));

        assertThat(history.format()).isEqualTo(BrowserUseParser.RENAMED_ACTIONS);
        assertThat(history.steps()).hasSize(4);
        assertThat(history.steps().get(1).actions()).hasSize(3);
        assertThat(history.steps().get(1).actions().get(2).domElementData()).containsEntry("node_name", "BUTTON");
        assertThat(history.steps().get(2).results().get(0).failed()).isTrue();
        assertThat(history.steps().get(3).actions().get(1).domElementData()).isNull();
        assertThat(history.succeeded()).isTrue();
        assertThat(history.usageByModel()).singleElement().satisfies(usage -> {
            assertThat(usage.model()).isEqualTo("gpt-4.1-mini");
            assertThat(usage.promptTokens()).isEqualTo(18240);
            assertThat(usage.completionTokens()).isEqualTo(1310);
            assertThat(usage.cost()).isEqualByComparingTo("0.0587");
        });
    }

    @Test
    void readsTheEarliestShapeWithItsTypoAndSingleActionAndAnInlineScreenshot() {
        String png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
        String file = """
                {"history": [{
                  "model_output": {"current_state": {"valuation_previous_goal": "Start", "memory": "", "next_goal": "Go"},
                                   "action": {"go_to_url": {"url": "https://example.com"}}},
                  "result": {"is_done": true, "extracted_content": "done", "error": null},
                  "state": {"url": "https://example.com", "title": "Example", "screenshot": "%s",
                            "interacted_element": [null]}
                }]}
                """.formatted(png);
        ImportedHistory history = parser.parse(file.getBytes(StandardCharsets.UTF_8));

        assertThat(history.format()).isEqualTo(BrowserUseParser.BEFORE_0_1_12);
        ImportedHistory.Step step = history.steps().get(0);
        assertThat(step.evaluationPreviousGoal()).isEqualTo("Start");
        assertThat(step.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.action()).containsKey("go_to_url"));
        assertThat(step.results())
                .singleElement()
                .satisfies(r -> assertThat(r.isDone()).isTrue());
        assertThat(step.screenshot()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(step.startedAt()).isNull();
    }

    @Test
    void refusesWhatIsNoHistoryNamingWhere() {
        expectNotAHistory("{\"steps\": []}", "history");
        expectNotAHistory("[1, 2]", "history");
        expectNotAHistory("not json", null);
        expectNotAHistory("{\"history\": []}", "history");
        expectNotAHistory("{\"history\": [{\"foo\": 1}]}", "history[0]");
        expectNotAHistory("{\"history\": [{\"model_output\": 3, \"result\": []}]}", "history[0].model_output");
        expectNotAHistory(
                "{\"history\": [{\"model_output\": {\"action\": [1]}, \"result\": []}]}",
                "history[0].model_output.action");
    }

    private void expectNotAHistory(String file, String where) {
        assertThatThrownBy(() -> parser.parse(file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.UNPROCESSABLE);
                    assertThat(e.field()).isEqualTo(where);
                    assertThat(e.getMessage()).startsWith("not a browser-use AgentHistoryList");
                });
    }

    private static byte[] resource(String name) throws IOException {
        // The hand-written file lives in test-support so that every module's tests can read it.
        try (InputStream input = dev.traverse.testsupport.SharedFixtures.class.getResourceAsStream(name)) {
            return input.readAllBytes();
        }
    }
}
