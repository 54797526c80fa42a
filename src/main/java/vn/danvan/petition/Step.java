package vn.danvan.petition;

/**
 * A step of handling with a statutory period: processing a received petition up to acceptance, notifying acceptance,
 * and resolving an accepted one (VIETNAM.md §2.2).
 */
public enum Step {
    COMPLAINT_FIRST_ACCEPTANCE, COMPLAINT_FIRST, COMPLAINT_SECOND_ACCEPTANCE, COMPLAINT_SECOND,
    DENUNCIATION_INITIAL_HANDLING, DENUNCIATION_ACCEPTANCE_NOTICE, DENUNCIATION,
    RECOMMENDATION_HANDLING, RECOMMENDATION;

    /** The step that runs from receipt until the petition is accepted, forwarded, guided or filed. */
    static Step processing(PetitionKind kind, boolean secondTime) {
        if (kind == null) {
            return RECOMMENDATION_HANDLING;
        }
        return switch (kind) {
            case COMPLAINT -> secondTime ? COMPLAINT_SECOND_ACCEPTANCE : COMPLAINT_FIRST_ACCEPTANCE;
            case DENUNCIATION -> DENUNCIATION_INITIAL_HANDLING;
            case RECOMMENDATION -> RECOMMENDATION_HANDLING;
        };
    }

    /** The step that runs from acceptance until the decision. */
    static Step resolution(PetitionKind kind, boolean secondTime) {
        return switch (kind) {
            case COMPLAINT -> secondTime ? COMPLAINT_SECOND : COMPLAINT_FIRST;
            case DENUNCIATION -> DENUNCIATION;
            case RECOMMENDATION -> RECOMMENDATION;
        };
    }
}
