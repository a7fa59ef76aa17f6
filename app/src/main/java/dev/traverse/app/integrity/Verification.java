package dev.traverse.app.integrity;

/**
 * The outcome of walking the hash chains of a scope (one organization, or the whole store) up to a position.
 *
 * @param scope {@code organization} or {@code all}
 * @param organizationId the organization walked, or {@code null} for the whole store
 * @param throughPosition events up to and including this position were walked
 * @param intact true when every chain is unbroken
 * @param aggregatesChecked aggregates walked (up to the break)
 * @param eventsChecked events walked (up to the break)
 * @param digest hex SHA-256 over every walked aggregate's id, last sequence number and last hash; the same scope and
 *     position give the same digest as long as nothing was changed, removed or added there. {@code null} when broken
 * @param firstBrokenLink where the walk found the first break, or {@code null}
 */
public record Verification(
        String scope,
        String organizationId,
        long throughPosition,
        boolean intact,
        long aggregatesChecked,
        long eventsChecked,
        String digest,
        BrokenLink firstBrokenLink) {

    /**
     * The first event that does not fit its chain.
     *
     * @param position the event's position (global index)
     * @param aggregateId its aggregate
     * @param aggregateType the aggregate's type
     * @param sequenceNumber its sequence number
     * @param problem {@code altered}, {@code missing}, {@code out-of-order}, {@code unchained} or {@code misfiled}
     * @param detail what was found, in a sentence
     */
    public record BrokenLink(
            long position,
            String aggregateId,
            String aggregateType,
            long sequenceNumber,
            String problem,
            String detail) {}
}
