/**
 * Plans (kế hoạch) of units: objectives, targets with their allocations and status, tasks with a lead unit and
 * coordinating units, and the cascade of a higher plan into the implementing plans of the units below, whose adoption
 * and progress roll up.
 */
@ApplicationModule(allowedDependencies = { "document", "document :: parsing", "org", "shared" })
package vn.danvan.plan;

import org.springframework.modulith.ApplicationModule;
