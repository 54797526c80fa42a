/**
 * Plans: targets, tasks with lead and coordinating units, cascading to units, and importing a plan document.
 */
@ApplicationModule(allowedDependencies = { "org", "document", "document :: parsing", "shared" })
package vn.danvan.plan;

import org.springframework.modulith.ApplicationModule;
