package dk.pladsflow.slot;

/**
 * A citizen about to be referred, with what the referral rules need to know.
 *
 * @param citizenId the citizen
 * @param label name and case reference, for the history
 * @param active whether the citizen is active in the register
 * @param inRunningPlacement whether the citizen is in a running placement now
 */
record ReferralCandidate(long citizenId, String label, boolean active, boolean inRunningPlacement) {
}
