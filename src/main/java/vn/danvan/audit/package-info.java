/**
 * The append-only audit trail of every change, fed by the domain events of all modules.
 */
@ApplicationModule(allowedDependencies = "shared")
package vn.danvan.audit;

import org.springframework.modulith.ApplicationModule;
