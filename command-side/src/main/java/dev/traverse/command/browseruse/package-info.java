/**
 * Imports agent histories written by browser-use's {@code AgentHistoryList.save_to_file}: every era of its format
 * (nested {@code current_state} or flattened model output, a single action or a list, the actions renamed in 0.9,
 * inline base64 screenshots or {@code screenshot_path}) becomes a path version, and optionally a finished run with
 * history and usage.
 */
package dev.traverse.command.browseruse;
