package vn.danvan.petition;

/**
 * Where a petition stands: received and being processed, accepted (thụ lý) and being resolved, or finished — forwarded
 * to the competent unit, answered with guidance, filed, or closed with a decision.
 */
public enum PetitionStatus {
    RECEIVED, ACCEPTED, FORWARDED, GUIDED, FILED, CLOSED;

    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED;
    }
}
