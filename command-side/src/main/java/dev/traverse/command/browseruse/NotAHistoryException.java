package dev.traverse.command.browseruse;

import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;

/** The upload is not a browser-use history; rendered as 422 naming where it went wrong. */
class NotAHistoryException extends CommandRejectedException {

    NotAHistoryException(String where, String detail) {
        super(Rejection.UNPROCESSABLE, where, "not a browser-use AgentHistoryList: " + detail);
    }
}
