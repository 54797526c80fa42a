/**
 * Periodic reporting under Nghị định 09/2019/NĐ-CP: templates and schedules, units' submissions with their approval,
 * completeness and timeliness per period, figures rolled up the tree, and the coordinating office's consolidated report.
 */
@ApplicationModule(allowedDependencies = { "org", "shared" })
package vn.danvan.report;

import org.springframework.modulith.ApplicationModule;
