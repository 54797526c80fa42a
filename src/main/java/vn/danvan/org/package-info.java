/**
 * The organisation: one tree of territories and bodies with its history (placements, short names, merges and
 * splits), staff, and each unit's designated mobilisation leader.
 */
@ApplicationModule(allowedDependencies = "shared")
package vn.danvan.org;

import org.springframework.modulith.ApplicationModule;
