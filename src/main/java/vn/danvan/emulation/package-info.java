/**
 * The "Dân vận khéo" emulation movement: movements with phases, models and exemplars with evidence, criteria per
 * province and year, council scoring, recognition and commendation, replication, the public showcase — and the yearly
 * "dân vận chính quyền" agency scorecard.
 */
@ApplicationModule(allowedDependencies = { "org", "identity", "shared" })
package vn.danvan.emulation;

import org.springframework.modulith.ApplicationModule;
