package dev.traverse.command.report;

import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;

/** The body is JSON but not a report Traverse reads; rendered as 422 naming where it went wrong. */
class NotAReportException extends CommandRejectedException {

    NotAReportException(String where, String detail) {
        super(Rejection.UNPROCESSABLE, where, detail);
    }
}
