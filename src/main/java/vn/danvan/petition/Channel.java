package vn.danvan.petition;

/**
 * How a petition reached the unit: in person at a reception, by post, through the public portal, or forwarded by
 * another body.
 */
public enum Channel {
    IN_PERSON, POST, PORTAL, FORWARDED
}
