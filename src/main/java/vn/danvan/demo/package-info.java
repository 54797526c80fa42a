/**
 * Realistic demo data for a first look at Danvan, loaded through the modules' own use cases on an empty embedded
 * database (or when {@code DANVAN_DEMO=true}).
 */
@ApplicationModule(allowedDependencies = { "document", "emulation", "identity", "org", "petition", "plan", "report", "shared" })
package vn.danvan.demo;

import org.springframework.modulith.ApplicationModule;
