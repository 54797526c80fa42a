package vn.danvan.plan.extraction;

/**
 * A numbered item of a plan's tasks, contents or solutions. {@code number} is its place in the document ("II.1",
 * "II.1.a", "II.1.2" for the second dash under II.1), {@code parent} the number of the item it is nested in (null at
 * the top), {@code label} the marker as printed ("1.", "a)", "-"), {@code text} the item with its paragraphs.
 */
public record ExtractedTask(String number, String parent, String label, int depth, String title, String text) {
}
