/**
 * Reads a plan document's text: objectives, quantitative targets as written in Vietnamese ("85.000 lao động",
 * "trên 90%", "15-16%", "giảm 1%"), numbered tasks, lead and coordinating units, and reporting rules.
 * Plain Java, no Spring: the import pages and the command line use it alike.
 */
@org.springframework.modulith.NamedInterface("extraction")
package vn.danvan.plan.extraction;
