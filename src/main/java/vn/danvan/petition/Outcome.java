package vn.danvan.petition;

/**
 * The conclusion of a resolved complaint or denunciation: right, wrong, or partly right.
 */
public enum Outcome {
    RIGHT, WRONG, PARTLY_RIGHT
}
