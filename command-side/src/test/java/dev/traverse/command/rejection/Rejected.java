package dev.traverse.command.rejection;

import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link CommandRejectedException} of one kind, on one field. */
public final class Rejected extends TypeSafeMatcher<Throwable> {

    private final Rejection rejection;
    private final String field;

    private Rejected(Rejection rejection, String field) {
        this.rejection = rejection;
        this.field = field;
    }

    /** A rejection of kind {@code rejection} naming {@code field} (null: naming none). */
    public static Matcher<Throwable> rejected(Rejection rejection, String field) {
        return new Rejected(rejection, field);
    }

    @Override
    protected boolean matchesSafely(Throwable item) {
        return item instanceof CommandRejectedException e
                && e.rejection() == rejection
                && Objects.equals(e.field(), field);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a " + rejection + " rejection on field " + field);
    }

    @Override
    protected void describeMismatchSafely(Throwable item, Description description) {
        if (item instanceof CommandRejectedException e) {
            description.appendText("was " + e.rejection() + " on field " + e.field() + ": " + e.getMessage());
        } else {
            description.appendText("was " + item);
        }
    }
}
